<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountPage</name>
    <message>
        <source>Your name was saved.</source>
        <translation>Votre nom a été enregistré.</translation>
    </message>
    <message>
        <source>Your password was changed and your other sessions were signed out.</source>
        <translation>Votre mot de passe a été modifié et vos autres sessions ont été déconnectées.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Votre mot de passe a été modifié.</translation>
    </message>
    <message>
        <source>Two-step verification is on.</source>
        <translation>La validation en deux étapes est activée.</translation>
    </message>
    <message>
        <source>Two-step verification is off.</source>
        <translation>La validation en deux étapes est désactivée.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>The session was signed out.</source>
        <translation>La session a été déconnectée.</translation>
    </message>
    <message>
        <source>Every other session was signed out.</source>
        <translation>Toutes les autres sessions ont été déconnectées.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>On: signing in asks for a code from your authenticator app.</source>
        <translation>Activée&#xa0;: la connexion demande un code de votre application d’authentification.</translation>
    </message>
    <message>
        <source>Off: your password alone signs you in.</source>
        <translation>Désactivée&#xa0;: votre mot de passe suffit pour vous connecter.</translation>
    </message>
    <message>
        <source>Turn off…</source>
        <translation>Désactiver…</translation>
    </message>
    <message>
        <source>Set up two-step verification…</source>
        <translation>Configurer la validation en deux étapes…</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Mon compte</translation>
    </message>
    <message>
        <source>Your company requires two-step verification for administrators. Set it up to continue: the other pages open once it is on.</source>
        <translation>Votre entreprise exige la validation en deux étapes pour les administrateurs. Configurez-la pour continuer&#xa0;: les autres pages s’ouvrent dès qu’elle est activée.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The interface and the emails AKONet sends you use this language.</source>
        <translation>L’interface et les courriels qu’AKONet vous envoie utilisent cette langue.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Change the password you sign in with. Your other sessions can be signed out at the same time.</source>
        <translation>Modifiez le mot de passe avec lequel vous vous connectez. Vos autres sessions peuvent être déconnectées en même temps.</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Modifier le mot de passe…</translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation>Validation en deux étapes</translation>
    </message>
    <message>
        <source>After your password, AKONet asks for a 6-digit code from an authenticator app on your phone (such as Google Authenticator, Microsoft Authenticator or FreeOTP).</source>
        <translation>Après votre mot de passe, AKONet demande un code à 6 chiffres d’une application d’authentification sur votre téléphone (comme Google Authenticator, Microsoft Authenticator ou FreeOTP).</translation>
    </message>
    <message>
        <source>Turn on…</source>
        <translation>Activer…</translation>
    </message>
    <message>
        <source>Signed-in sessions</source>
        <translation>Sessions connectées</translation>
    </message>
    <message>
        <source>Where your account is signed in now. Signing a session out ends it at once on that computer.</source>
        <translation>Là où votre compte est connecté en ce moment. Déconnecter une session la ferme immédiatement sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Sign out everywhere else</source>
        <translation>Se déconnecter partout ailleurs</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
</context>
<context>
    <name>ActivateDeviceDialog</name>
    <message>
        <source>Activating…</source>
        <translation>Activation…</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>AKONet Desktop — Activate device</source>
        <translation>AKONet Desktop — Activer dispositif</translation>
    </message>
    <message>
        <source>Activate a device</source>
        <translation>Activer un dispositif</translation>
    </message>
    <message>
        <source>Enter the serial number and the activation code printed on the device&apos;s label. The device then joins your company&apos;s list.</source>
        <translation>Saisissez le numéro de série et le code d’activation imprimés sur l’étiquette du dispositif. Le dispositif rejoint alors la liste de votre entreprise.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>e.g. K7P2M9Q4XA</source>
        <translation>p. ex. K7P2M9Q4XA</translation>
    </message>
    <message>
        <source>Activation code</source>
        <translation>Code d’activation</translation>
    </message>
    <message>
        <source>e.g. 7K3M-9QPX-2W4R</source>
        <translation>p. ex. 7K3M-9QPX-2W4R</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Nom (facultatif)</translation>
    </message>
    <message>
        <source>e.g. Cold room 2</source>
        <translation>p. ex. Chambre froide 2</translation>
    </message>
    <message>
        <source>Location (optional)</source>
        <translation>Emplacement (facultatif)</translation>
    </message>
    <message>
        <source>e.g. Valencia store, back room</source>
        <translation>p. ex. Magasin de Valence, réserve</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>From the address %1</source>
        <translation>Depuis l’adresse %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>ActivityTexts</name>
    <message>
        <source>Invitation sent</source>
        <translation>Invitation envoyée</translation>
    </message>
    <message>
        <source>Invitation sent again</source>
        <translation>Invitation renvoyée</translation>
    </message>
    <message>
        <source>Invitation revoked</source>
        <translation>Invitation révoquée</translation>
    </message>
    <message>
        <source>Invitation accepted</source>
        <translation>Invitation acceptée</translation>
    </message>
    <message>
        <source>Role created</source>
        <translation>Rôle créé</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rôle modifié</translation>
    </message>
    <message>
        <source>Role deleted</source>
        <translation>Rôle supprimé</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Utilisateur modifié</translation>
    </message>
    <message>
        <source>User removed</source>
        <translation>Utilisateur retiré</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Compte débloqué</translation>
    </message>
    <message>
        <source>Password reset sent</source>
        <translation>Lien de réinitialisation du mot de passe envoyé</translation>
    </message>
    <message>
        <source>Ownership transferred</source>
        <translation>Propriété de l’entreprise transférée</translation>
    </message>
    <message>
        <source>Company profile edited</source>
        <translation>Profil de l’entreprise modifié</translation>
    </message>
    <message>
        <source>Billing details edited</source>
        <translation>Coordonnées de facturation modifiées</translation>
    </message>
    <message>
        <source>Device activated</source>
        <translation>Dispositif activé</translation>
    </message>
    <message>
        <source>Device renamed or moved</source>
        <translation>Dispositif renommé ou déplacé</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>location</source>
        <translation>emplacement</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>email</source>
        <translation>adresse électronique</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>privileges</source>
        <translation>droits</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies)</source>
        <translation>
            <numerusform>%Ln entrée</numerusform>
            <numerusform>%Ln entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>No action of this kind was recorded.</source>
        <translation>Aucune action de ce type n’a été enregistrée.</translation>
    </message>
    <message>
        <source>No administrative action was recorded yet.</source>
        <translation>Aucune action administrative n’a encore été enregistrée.</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (retiré)</translation>
    </message>
</context>
<context>
    <name>ActivityView</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>Nombre d’entrées</translation>
    </message>
    <message>
        <source>Kind of action</source>
        <translation>Type d’action</translation>
    </message>
    <message>
        <source>Show only one kind of action</source>
        <translation>Afficher un seul type d’action</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Load the newest entries now</source>
        <translation>Charger maintenant les entrées les plus récentes</translation>
    </message>
    <message>
        <source>Every administrative action in your company, newest first: who did it, when, from which address, and what changed.</source>
        <translation>Toutes les actions administratives de votre entreprise, des plus récentes aux plus anciennes&#xa0;: qui les a effectuées, quand, depuis quelle adresse et ce qui a été modifié.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Journal d’activité</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The built-in server could not start: %1</source>
        <translation>Le serveur intégré n’a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>This link cannot be opened: %1</source>
        <translation>Impossible d’ouvrir ce lien&#xa0;: %1</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Your organisation&apos;s AKONet server address (leave empty to use the server built into this app):</source>
        <translation>Adresse du serveur AKONet de votre organisation (laissez vide pour utiliser le serveur intégré à l’application)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>BillingPage</name>
    <message>
        <source>Per device: %1 for each device and month it is active in.</source>
        <translation>Par dispositif&#xa0;: %1 par dispositif et par mois d’activité.</translation>
    </message>
    <message>
        <source>%1 (so far, until the end of the month)</source>
        <translation>%1 (en cours, jusqu’à la fin du mois)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>No payment is processed here: the statements show what would be invoiced.</source>
        <translation>Aucun paiement n’est effectué ici&#xa0;: les relevés indiquent ce qui serait facturé.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Current period</source>
        <translation>Période en cours</translation>
    </message>
    <message>
        <source>Billed devices</source>
        <translation>Dispositifs facturés</translation>
    </message>
    <message>
        <source>Amount so far</source>
        <translation>Montant à ce jour</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Relevés</translation>
    </message>
    <message>
        <source>Billing details</source>
        <translation>Coordonnées de facturation</translation>
    </message>
    <message>
        <source>Billing email</source>
        <translation>Adresse électronique de facturation</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Changing…</source>
        <translation>Modification…</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Modifier le mot de passe</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>AKONet Desktop — Change password</source>
        <translation>AKONet Desktop — Modifier le mot de passe</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Sign out my other sessions</source>
        <translation>Déconnecter mes autres sessions</translation>
    </message>
    <message>
        <source>Recommended if you think someone else knows your password: every other computer where you are signed in has to sign in again.</source>
        <translation>Conseillé si vous pensez que quelqu’un d’autre connaît votre mot de passe&#xa0;: tous les autres ordinateurs où vous êtes connecté devront se reconnecter.</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>Turn on two-step verification for yourself first (My account), then require it.</source>
        <translation>Activez d’abord la validation en deux étapes pour vous-même (Mon compte), puis exigez-la.</translation>
    </message>
    <message>
        <source>Only the company&apos;s owner can change its profile.</source>
        <translation>Seul le propriétaire de l’entreprise peut modifier son profil.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for yourself first, on the « My account » page: the owner is one of the people the rule applies to.</source>
        <translation>Activez d’abord la validation en deux étapes pour vous-même, sur la page «&#xa0;Mon compte&#xa0;»&#xa0;: la règle s’applique aussi au propriétaire.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>You and every administrator then sign in with a code from an authenticator app after the password. An administrator who has not set it up yet can only set it up at the next sign-in.</source>
        <translation>Vous et chaque administrateur vous connectez alors avec un code d’une application d’authentification après le mot de passe. Un administrateur qui ne l’a pas encore configurée ne pourra que la configurer à sa prochaine connexion.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nom de l’entreprise</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Identification type</source>
        <translation>Type d’identification</translation>
    </message>
    <message>
        <source>Identification number</source>
        <translation>Numéro d’identification</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Téléphone de contact</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Require two-step verification for administrators</source>
        <translation>Exiger la validation en deux étapes pour les administrateurs</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Propriété de l’entreprise</translation>
    </message>
    <message>
        <source>You own this company on AKONet: only you can change its profile and see its billing. You can hand it over to one of its administrators; you then stay an administrator.</source>
        <translation>Vous êtes le propriétaire de cette entreprise sur AKONet&#xa0;: vous êtes la seule personne à pouvoir modifier son profil et consulter sa facturation. Vous pouvez la céder à l’un de ses administrateurs&#xa0;; vous resterez alors administrateur.</translation>
    </message>
    <message>
        <source>Transfer ownership…</source>
        <translation>Transférer la propriété…</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>DeviceDetailsDialog</name>
    <message>
        <source>AKONet Desktop — %1</source>
        <translation>AKONet Desktop — %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>AKONet Desktop — Device</source>
        <translation>AKONet Desktop — Dispositif</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Micrologiciel</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activé le</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
</context>
<context>
    <name>DeviceTexts</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Active: the device is in contact and reports no alarm.</source>
        <translation>Actif&#xa0;: le dispositif communique et ne signale aucune alarme.</translation>
    </message>
    <message>
        <source>Inactive: no contact with the device for a while.</source>
        <translation>Inactif&#xa0;: aucun contact avec le dispositif depuis un certain temps.</translation>
    </message>
    <message>
        <source>Alarm: the device reports an alarm.</source>
        <translation>Alarme&#xa0;: le dispositif signale une alarme.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>À l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>Il y a %n minute</numerusform>
            <numerusform>Il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>Il y a %n heure</numerusform>
            <numerusform>Il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>Il y a %n jour</numerusform>
            <numerusform>Il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln dispositif</numerusform>
            <numerusform>%Ln dispositifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in alarm</source>
        <translation>
            <numerusform>%Ln en alarme</numerusform>
            <numerusform>%Ln en alarme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching</source>
        <translation>
            <numerusform>%Ln correspondant</numerusform>
            <numerusform>%Ln correspondants</numerusform>
        </translation>
    </message>
    <message>
        <source>No device matches this serial number and activation code. Check both on the device&apos;s label; a device already activated by another company cannot be activated here.</source>
        <translation>Aucun dispositif ne correspond à ce numéro de série et à ce code d’activation. Vérifiez-les tous les deux sur l’étiquette du dispositif&#xa0;; un dispositif déjà activé par une autre entreprise ne peut pas être activé ici.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong activation codes. Wait %n minute(s), then try again.</source>
        <translation>
            <numerusform>Trop de codes d’activation erronés. Patientez %n minute, puis réessayez.</numerusform>
            <numerusform>Trop de codes d’activation erronés. Patientez %n minutes, puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role does not allow activating devices. Ask an owner or administrator of your company.</source>
        <translation>Votre rôle ne permet pas d’activer des dispositifs. Adressez-vous à un propriétaire ou à un administrateur de votre entreprise.</translation>
    </message>
    <message>
        <source>This device is already in your company&apos;s list.</source>
        <translation>Ce dispositif figure déjà dans la liste de votre entreprise.</translation>
    </message>
    <message>
        <source>Your role does not allow renaming devices. Ask an owner or administrator of your company.</source>
        <translation>Votre rôle ne permet pas de renommer des dispositifs. Adressez-vous à un propriétaire ou à un administrateur de votre entreprise.</translation>
    </message>
    <message>
        <source>This device is no longer in your company&apos;s list.</source>
        <translation>Ce dispositif ne figure plus dans la liste de votre entreprise.</translation>
    </message>
    <message>
        <source>Your role does not allow this. An administrator of your company can change your role.</source>
        <translation>Votre rôle ne permet pas cette action. Un administrateur de votre entreprise peut modifier votre rôle.</translation>
    </message>
    <message>
        <source>Enter the serial number printed on the label.</source>
        <translation>Saisissez le numéro de série imprimé sur l’étiquette.</translation>
    </message>
    <message>
        <source>Enter the activation code printed on the label.</source>
        <translation>Saisissez le code d’activation imprimé sur l’étiquette.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>This is too long (at most %1 characters).</source>
        <translation>Ce texte est trop long (%1 caractères maximum).</translation>
    </message>
    <message>
        <source>Enter the %1 letters and digits of the serial number, as printed on the label.</source>
        <translation>Saisissez les %1 lettres et chiffres du numéro de série, tels qu’imprimés sur l’étiquette.</translation>
    </message>
    <message>
        <source>Enter the activation code as printed on the label, like %1.</source>
        <translation>Saisissez le code d’activation tel qu’imprimé sur l’étiquette, par exemple %1.</translation>
    </message>
    <message>
        <source>This contains characters that are not allowed.</source>
        <translation>Ce texte contient des caractères non autorisés.</translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activé le</translation>
    </message>
    <message>
        <source>Click to sort by this column; click again to reverse the order.</source>
        <translation>Cliquez pour trier selon cette colonne&#xa0;; cliquez de nouveau pour inverser l’ordre.</translation>
    </message>
</context>
<context>
    <name>DevicesView</name>
    <message>
        <source>No device matches your search.</source>
        <translation>Aucun dispositif ne correspond à votre recherche.</translation>
    </message>
    <message>
        <source>No device has this status.</source>
        <translation>Aucun dispositif n’a cet état.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositifs</translation>
    </message>
    <message>
        <source>Device counts</source>
        <translation>Nombre de dispositifs</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Reload the list now (it also refreshes by itself every 30 seconds)</source>
        <translation>Recharger la liste maintenant (elle s’actualise aussi automatiquement toutes les 30 secondes)</translation>
    </message>
    <message>
        <source>Activate device</source>
        <translation>Activer dispositif</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Search by name, serial number, model or location</source>
        <translation>Rechercher par nom, numéro de série, modèle ou emplacement</translation>
    </message>
    <message>
        <source>Search devices</source>
        <translation>Rechercher des dispositifs</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre d’état</translation>
    </message>
    <message>
        <source>No device is pre-activated</source>
        <translation>Aucun dispositif n’est pré-activé</translation>
    </message>
    <message>
        <source>Devices pre-activated for your company appear here. To add a device, activate it with the serial number and the activation code printed on its label.</source>
        <translation>Les dispositifs pré-activés pour votre entreprise s’affichent ici. Pour ajouter un dispositif, activez-le avec le numéro de série et le code d’activation imprimés sur son étiquette.</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <source>Join %1</source>
        <translation>Rejoindre %1</translation>
    </message>
    <message>
        <source>Join your company</source>
        <translation>Rejoindre votre entreprise</translation>
    </message>
    <message>
        <source>You are invited to join &lt;b&gt;%1&lt;/b&gt; on AKONet. Check your name, choose a password and your language: you will be signed in right away.</source>
        <translation>Vous êtes invité à rejoindre &lt;b&gt;%1&lt;/b&gt; sur AKONet. Vérifiez votre nom, choisissez un mot de passe et votre langue&#xa0;: vous serez connecté immédiatement.</translation>
    </message>
    <message>
        <source>AKONet Desktop — Invitation</source>
        <translation>AKONet Desktop — Invitation</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Paste the link or the code from the invitation email you received.</source>
        <translation>Collez le lien ou le code du courriel d’invitation que vous avez reçu.</translation>
    </message>
    <message>
        <source>Link or code from the email</source>
        <translation>Lien ou code reçu par courriel</translation>
    </message>
    <message>
        <source>Paste the link or the code here</source>
        <translation>Collez le lien ou le code ici</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Confirm the password</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Join and sign in</source>
        <translation>Rejoindre et se connecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message numerus="yes">
        <source>The link works once, for %n hour(s).</source>
        <translation>
            <numerusform>Le lien n’est utilisable qu’une fois, pendant %n heure.</numerusform>
            <numerusform>Le lien n’est utilisable qu’une fois, pendant %n heures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The link works once, for %n day(s).</source>
        <translation>
            <numerusform>Le lien n’est utilisable qu’une fois, pendant %n jour.</numerusform>
            <numerusform>Le lien n’est utilisable qu’une fois, pendant %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>We email them a link to join your company; they choose their own password.</source>
        <translation>Nous envoyons à cette personne un courriel contenant un lien pour rejoindre votre entreprise&#xa0;; elle choisit elle-même son mot de passe.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Send invitation</source>
        <translation>Envoyer l’invitation</translation>
    </message>
    <message>
        <source>AKONet Desktop — Invite</source>
        <translation>AKONet Desktop — Inviter</translation>
    </message>
    <message>
        <source>Invite a person</source>
        <translation>Inviter une personne</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nom@entreprise.fr</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Language of the email</source>
        <translation>Langue du courriel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>The time to enter the code has run out. Enter your password again, then a new code from your app.</source>
        <translation>Le délai pour saisir le code est écoulé. Saisissez de nouveau votre mot de passe, puis un nouveau code de votre application.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message>
        <source>Checking the system keyring…</source>
        <translation>Vérification du trousseau système…</translation>
    </message>
    <message>
        <source>Stay signed in on this computer. Your password is never stored; a revocable session key is kept in the system keyring.</source>
        <translation>Rester connecté sur cet ordinateur. Votre mot de passe n’est jamais enregistré&#xa0;; une clé de session révocable est conservée dans le trousseau système.</translation>
    </message>
    <message>
        <source>Unavailable: no secure system keyring was found (%1). AKONet never stores sessions in plain files.</source>
        <translation>Indisponible&#xa0;: aucun trousseau système sécurisé n’a été trouvé (%1). AKONet n’enregistre jamais les sessions dans des fichiers en clair.</translation>
    </message>
    <message>
        <source>AKONet Desktop — Sign in</source>
        <translation>AKONet Desktop — Connexion</translation>
    </message>
    <message>
        <source>AKONet</source>
        <translation>AKONet</translation>
    </message>
    <message>
        <source>Sign in to manage your company&apos;s devices</source>
        <translation>Connectez-vous pour gérer les dispositifs de votre entreprise</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nom@entreprise.fr</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation>Validation en deux étapes</translation>
    </message>
    <message>
        <source>Enter the 6-digit code your authenticator app shows for AKONet. Lost your phone? Enter one of your recovery codes instead.</source>
        <translation>Saisissez le code à 6 chiffres que votre application d’authentification affiche pour AKONet. Téléphone perdu&#xa0;? Saisissez plutôt l’un de vos codes de secours.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Back to the password</source>
        <translation>Revenir au mot de passe</translation>
    </message>
    <message>
        <source>Reactivate my account</source>
        <translation>Réactiver mon compte</translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation>Se souvenir de moi</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>Vous avez oublié votre mot de passe&#xa0;?</translation>
    </message>
    <message>
        <source>New registration</source>
        <translation>Nouvel enregistrement</translation>
    </message>
    <message>
        <source>I have an invitation</source>
        <translation>J’ai une invitation</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Boîte aux lettres</translation>
    </message>
    <message>
        <source>Mail sent by the server built into this app (registration and password links)</source>
        <translation>Courriels envoyés par le serveur intégré à l’application (liens d’enregistrement et de mot de passe)</translation>
    </message>
    <message>
        <source>Server…</source>
        <translation>Serveur…</translation>
    </message>
</context>
<context>
    <name>MailboxModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
</context>
<context>
    <name>MailboxWindow</name>
    <message>
        <source>The mailbox cannot be read: %1</source>
        <translation>Impossible de lire la boîte aux lettres&#xa0;: %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De&#xa0;: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>À&#xa0;: %1</translation>
    </message>
    <message>
        <source>AKONet Desktop — Mailbox</source>
        <translation>AKONet Desktop — Boîte aux lettres</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Boîte aux lettres</translation>
    </message>
    <message>
        <source>Emails sent by the built-in server. They stay on this computer and need no connection.</source>
        <translation>Courriels envoyés par le serveur intégré. Ils restent sur cet ordinateur et se consultent sans connexion.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the mailbox again (it also refreshes every few seconds)</source>
        <translation>Relire la boîte aux lettres (elle s’actualise aussi automatiquement, à quelques secondes d’intervalle)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>No mail yet. Mail sent by the built-in server appears here.</source>
        <translation>Aucun courriel pour l’instant. Les courriels envoyés par le serveur intégré s’affichent ici.</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Courriels</translation>
    </message>
    <message>
        <source>Email content</source>
        <translation>Contenu du courriel</translation>
    </message>
    <message>
        <source>Select an email to read it.</source>
        <translation>Sélectionnez un courriel pour le lire.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ownership transferred to %1. You are now an administrator of the company.</source>
        <translation>Propriété de l’entreprise transférée à %1. Vous êtes désormais administrateur de l’entreprise.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>AKONet Desktop</source>
        <translation>AKONet Desktop</translation>
    </message>
    <message>
        <source>AKONet</source>
        <translation>AKONet</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositifs</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Mon compte</translation>
    </message>
    <message>
        <source>Activate device</source>
        <translation>Activer dispositif</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Dispositifs</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Mailbox (this computer)</source>
        <translation>&amp;Boîte aux lettres (cet ordinateur)</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Ownership moves only by a transfer, on the Company page.</source>
        <translation>La propriété ne peut être cédée que par un transfert, depuis la page Entreprise.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>AKONet Desktop — Change a person</source>
        <translation>AKONet Desktop — Modifier une personne</translation>
    </message>
    <message>
        <source>Change a person</source>
        <translation>Modifier une personne</translation>
    </message>
    <message>
        <source>What this person is in the company. Their email address and password are theirs: only they can change them.</source>
        <translation>Le type et le rôle de cette personne dans l’entreprise. Son adresse électronique et son mot de passe lui appartiennent&#xa0;: elle seule peut les modifier.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <source>Kind and role</source>
        <translation>Type et rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Enter a valid email address, like name@company.com.</source>
        <translation>Saisissez une adresse électronique valide, par exemple nom@entreprise.fr.</translation>
    </message>
    <message>
        <source>The two email addresses are different.</source>
        <translation>Les deux adresses électroniques ne correspondent pas.</translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation>Les deux mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>Enter a valid phone number for this country, e.g. +34 912 345 678.</source>
        <translation>Saisissez un numéro de téléphone valide pour ce pays, par exemple +33 1 23 45 67 89.</translation>
    </message>
    <message>
        <source>This number is not valid for the chosen identification type.</source>
        <translation>Ce numéro n’est pas valide pour le type d’identification choisi.</translation>
    </message>
    <message>
        <source>Choose an identification type of this country.</source>
        <translation>Choisissez un type d’identification de ce pays.</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Choisissez un pays dans la liste.</translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation>Choisissez une langue dans la liste.</translation>
    </message>
    <message>
        <source>Choose a password different from your current one.</source>
        <translation>Choisissez un mot de passe différent de l’actuel.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your app, or a recovery code.</source>
        <translation>Saisissez le code à 6 chiffres de votre application, ou un code de secours.</translation>
    </message>
    <message>
        <source>Complete the company step first.</source>
        <translation>Complétez d’abord l’étape «&#xa0;Votre entreprise&#xa0;».</translation>
    </message>
    <message>
        <source>Paste the whole link or code from the email.</source>
        <translation>Collez le lien ou le code complet reçu par courriel.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>This is too long (at most %1 characters).</source>
        <translation>Ce texte est trop long (%1 caractères maximum).</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Cette valeur n’est pas valide.</translation>
    </message>
    <message>
        <source>The two values are different.</source>
        <translation>Les deux valeurs ne correspondent pas.</translation>
    </message>
    <message>
        <source>Not available for this country.</source>
        <translation>Non disponible pour ce pays.</translation>
    </message>
    <message>
        <source>This address contains a special form of a character (such as “ﬁ”, a full-width letter or a sign that looks like a letter). Type it with ordinary letters.</source>
        <translation>Cette adresse contient une forme spéciale d’un caractère (comme «&#xa0;ﬁ&#xa0;», une lettre pleine chasse ou un signe qui ressemble à une lettre). Saisissez-la avec des lettres ordinaires.</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Au moins %1 caractères</translation>
    </message>
    <message>
        <source>At most %1 characters</source>
        <translation>%1 caractères au maximum</translation>
    </message>
    <message>
        <source>An uppercase letter</source>
        <translation>Une lettre majuscule</translation>
    </message>
    <message>
        <source>A digit</source>
        <translation>Un chiffre</translation>
    </message>
    <message>
        <source>A symbol, like ! ? # or -</source>
        <translation>Un symbole, par exemple ! ? # ou -</translation>
    </message>
    <message>
        <source>Not a common password</source>
        <translation>Pas un mot de passe courant</translation>
    </message>
    <message>
        <source>Not your name or email</source>
        <translation>Ni votre nom ni votre adresse électronique</translation>
    </message>
    <message>
        <source>No invisible or control characters</source>
        <translation>Aucun caractère invisible ou de contrôle</translation>
    </message>
    <message>
        <source>Both passwords match</source>
        <translation>Les deux mots de passe correspondent</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fort</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Très fort</translation>
    </message>
    <message>
        <source>Wrong email or password. 1 attempt left before the account is blocked.</source>
        <translation>Adresse électronique ou mot de passe incorrect. Il vous reste 1 tentative avant le blocage du compte.</translation>
    </message>
    <message>
        <source>Wrong email or password. %1 attempts left.</source>
        <translation>Adresse électronique ou mot de passe incorrect. Il vous reste %1 tentatives.</translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>Le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>The password is not correct. 1 attempt left before the account is blocked.</source>
        <translation>Le mot de passe est incorrect. Il vous reste 1 tentative avant le blocage du compte.</translation>
    </message>
    <message>
        <source>The password is not correct. %1 attempts left.</source>
        <translation>Le mot de passe est incorrect. Il vous reste %1 tentatives.</translation>
    </message>
    <message>
        <source>The code is not correct.</source>
        <translation>Le code est incorrect.</translation>
    </message>
    <message>
        <source>The code is not correct. 1 attempt left before the account is blocked.</source>
        <translation>Le code est incorrect. Il vous reste 1 tentative avant le blocage du compte.</translation>
    </message>
    <message>
        <source>The code is not correct. %1 attempts left.</source>
        <translation>Le code est incorrect. Il vous reste %1 tentatives.</translation>
    </message>
    <message>
        <source>This account is blocked after %1 failed attempts. We sent an email explaining how to reactivate it by choosing a new password. No email? Use « Forgot your password? ».</source>
        <translation>Ce compte a été bloqué après %1 tentatives infructueuses. Nous vous avons envoyé un courriel expliquant comment le réactiver en choisissant un nouveau mot de passe. Pas de courriel&#xa0;? Utilisez «&#xa0;Vous avez oublié votre mot de passe&#xa0;?&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins from this network. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de connexions échouées depuis ce réseau. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de connexions échouées depuis ce réseau. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins from this network. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Trop de connexions échouées depuis ce réseau. Réessayez dans %n minute.</numerusform>
            <numerusform>Trop de connexions échouées depuis ce réseau. Réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This link has already been used. Sign in, or ask for a new link.</source>
        <translation>Ce lien a déjà été utilisé. Connectez-vous ou demandez un nouveau lien.</translation>
    </message>
    <message>
        <source>This link has expired. Ask for a new one.</source>
        <translation>Ce lien a expiré. Demandez-en un nouveau.</translation>
    </message>
    <message>
        <source>This link or code is not valid. Paste it again from the email.</source>
        <translation>Ce lien ou ce code n’est pas valide. Collez-le de nouveau depuis le courriel.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your connection, then retry.</source>
        <translation>Impossible de joindre le serveur. Vérifiez votre connexion, puis réessayez.</translation>
    </message>
    <message>
        <source>The server is taking too long to answer. Retry in a moment.</source>
        <translation>Le serveur met trop de temps à répondre. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The server had a problem and could not complete this. Retry in a moment.</source>
        <translation>Le serveur a rencontré un problème et n’a pas pu terminer l’opération. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>This email address already has an account. Sign in, or use « Forgot your password? ».</source>
        <translation>Un compte existe déjà pour cette adresse électronique. Connectez-vous ou utilisez «&#xa0;Vous avez oublié votre mot de passe&#xa0;?&#xa0;».</translation>
    </message>
    <message>
        <source>This email address already belongs to an AKONet account.</source>
        <translation>Cette adresse électronique appartient déjà à un compte AKONet.</translation>
    </message>
    <message>
        <source>This address already has a pending invitation. Send it again from the list instead.</source>
        <translation>Cette adresse a déjà une invitation en attente. Renvoyez-la plutôt depuis la liste.</translation>
    </message>
    <message>
        <source>This invitation has already been accepted.</source>
        <translation>Cette invitation a déjà été acceptée.</translation>
    </message>
    <message>
        <source>Too many requests from this computer. Wait a few minutes, then retry.</source>
        <translation>Trop de demandes depuis cet ordinateur. Patientez quelques minutes, puis réessayez.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Votre session a pris fin. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>For your safety this session was ended. Sign in again.</source>
        <translation>Par mesure de sécurité, cette session a été fermée. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Some fields need your attention.</source>
        <translation>Certains champs sont à vérifier.</translation>
    </message>
    <message>
        <source>The time to enter the code has run out. Sign in again with your password.</source>
        <translation>Le délai pour saisir le code est écoulé. Reconnectez-vous avec votre mot de passe.</translation>
    </message>
    <message>
        <source>Your company requires two-step verification for administrators. Turn it on in « My account ».</source>
        <translation>Votre entreprise exige la validation en deux étapes pour les administrateurs. Activez-la dans «&#xa0;Mon compte&#xa0;».</translation>
    </message>
    <message>
        <source>Two-step verification is already on.</source>
        <translation>La validation en deux étapes est déjà activée.</translation>
    </message>
    <message>
        <source>Two-step verification is not on, or its set-up has expired. Start again.</source>
        <translation>La validation en deux étapes n’est pas activée, ou sa configuration a expiré. Recommencez.</translation>
    </message>
    <message>
        <source>This session has already ended.</source>
        <translation>Cette session est déjà terminée.</translation>
    </message>
    <message>
        <source>The request was refused: %1</source>
        <translation>La demande a été refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Une erreur s’est produite&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PasswordInput</name>
    <message>
        <source>Hide password</source>
        <translation>Masquer le mot de passe</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Forgot your password?</source>
        <translation>Vous avez oublié votre mot de passe&#xa0;?</translation>
    </message>
    <message>
        <source>Check your inbox</source>
        <translation>Consultez votre boîte de réception</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Choisissez un nouveau mot de passe</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe modifié</translation>
    </message>
    <message>
        <source>Use another address</source>
        <translation>Utiliser une autre adresse</translation>
    </message>
    <message>
        <source>Ask for a new link</source>
        <translation>Demander un nouveau lien</translation>
    </message>
    <message>
        <source>Change password and sign in</source>
        <translation>Modifier le mot de passe et se connecter</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Modifier le mot de passe</translation>
    </message>
    <message>
        <source>We sent the email again.</source>
        <translation>Nous avons renvoyé le courriel.</translation>
    </message>
    <message>
        <source>Paste the link or the code from the email we sent you. It is valid for %1 minutes.</source>
        <translation>Collez le lien ou le code du courriel que nous vous avons envoyé. Il est valable %1 minutes.</translation>
    </message>
    <message>
        <source>If an account uses %1, we sent it an email with a link to choose a new password. It is valid for %2 minutes.</source>
        <translation>Si un compte utilise %1, nous lui avons envoyé un courriel contenant un lien pour choisir un nouveau mot de passe. Ce lien est valable %2 minutes.</translation>
    </message>
    <message>
        <source>AKONet Desktop — Password recovery</source>
        <translation>AKONet Desktop — Récupération du mot de passe</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Enter the email address you use to sign in, the one you registered with. We will send it a link to choose a new password. If your account is blocked, the new password also reactivates it.</source>
        <translation>Saisissez l’adresse électronique avec laquelle vous vous connectez, celle utilisée lors de votre enregistrement. Nous y enverrons un lien pour choisir un nouveau mot de passe. Si votre compte est bloqué, le nouveau mot de passe le réactivera également.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nom@entreprise.fr</translation>
    </message>
    <message>
        <source>Send the link</source>
        <translation>Envoyer le lien</translation>
    </message>
    <message>
        <source>Link or code from the email</source>
        <translation>Lien ou code reçu par courriel</translation>
    </message>
    <message>
        <source>Paste the link or the code here</source>
        <translation>Collez le lien ou le code ici</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Send it again</source>
        <translation>Renvoyer le courriel</translation>
    </message>
    <message>
        <source>Choose a new password. Changing it reactivates a blocked account and signs out your other sessions.</source>
        <translation>Choisissez un nouveau mot de passe. Le modifier réactive un compte bloqué et ferme vos autres sessions.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Your password has been changed and your account is active. Sign in with your new password.</source>
        <translation>Votre mot de passe a été modifié et votre compte est actif. Connectez-vous avec votre nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Go to sign-in</source>
        <translation>Aller à la connexion</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>RegistrationWizard</name>
    <message>
        <source>Password requirements not met: %1</source>
        <translation>Exigences du mot de passe non respectées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your email</source>
        <translation>Votre adresse électronique</translation>
    </message>
    <message>
        <source>Check your inbox</source>
        <translation>Consultez votre boîte de réception</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Votre entreprise</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Votre compte</translation>
    </message>
    <message>
        <source>Step %1 of 3 — %2</source>
        <translation>Étape %1 sur 3 — %2</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Open the link in the email we sent you to continue, or paste the link or the code here.</source>
        <translation>Pour continuer, ouvrez le lien du courriel que nous vous avons envoyé, ou collez ici le lien ou le code.</translation>
    </message>
    <message>
        <source>We sent an email to &lt;b&gt;%1&lt;/b&gt;. Open the link it contains to continue, or paste the link or the code from the email here.</source>
        <translation>Nous avons envoyé un courriel à &lt;b&gt;%1&lt;/b&gt;. Pour continuer, ouvrez le lien qu’il contient, ou collez ici le lien ou le code du courriel.</translation>
    </message>
    <message>
        <source>Sent again. It may take a minute to arrive; check your spam folder too.</source>
        <translation>Courriel renvoyé. Il peut mettre une minute à arriver&#xa0;; pensez à vérifier aussi vos courriers indésirables.</translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation>Choisissez un pays</translation>
    </message>
    <message>
        <source>Choose an identification type</source>
        <translation>Choisissez un type d’identification</translation>
    </message>
    <message>
        <source>AKONet Desktop — New registration</source>
        <translation>AKONet Desktop — Nouvel enregistrement</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Enter the address of the person who administers your company&apos;s account. It becomes the username of the owner, the only one who can edit the company profile and see billing. We will send a link to this address to continue the registration.</source>
        <translation>Saisissez l’adresse de la personne qui administre le compte de votre entreprise. Elle deviendra le nom d’utilisateur du propriétaire, seule personne à pouvoir modifier le profil de l’entreprise et consulter la facturation. Nous enverrons à cette adresse un lien pour poursuivre l’enregistrement.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nom@entreprise.fr</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Confirm the email address</source>
        <translation>Confirmation de l’adresse électronique</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Link or code from the email</source>
        <translation>Lien ou code reçu par courriel</translation>
    </message>
    <message>
        <source>Resend the email</source>
        <translation>Renvoyer le courriel</translation>
    </message>
    <message>
        <source>Your company&apos;s details. They are saved as you go: you can close this window and open the email link again later.</source>
        <translation>Les données de votre entreprise. Elles sont enregistrées au fur et à mesure&#xa0;: vous pouvez fermer cette fenêtre et rouvrir le lien du courriel plus tard.</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nom de l’entreprise</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Identification type</source>
        <translation>Type d’identification</translation>
    </message>
    <message>
        <source>Identification number</source>
        <translation>Numéro d’identification</translation>
    </message>
    <message>
        <source>Contact phone number</source>
        <translation>Numéro de téléphone de contact</translation>
    </message>
    <message>
        <source>Your sign-in details as the company&apos;s owner (super-administrator).</source>
        <translation>Vos identifiants de connexion en tant que propriétaire (super-administrateur) de l’entreprise.</translation>
    </message>
    <message>
        <source>Email address / username</source>
        <translation>Adresse électronique / Nom d’utilisateur</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Confirm the password</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Delete the role?</source>
        <translation>Supprimer le rôle&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the role « %1 »? This cannot be undone.</source>
        <translation>Supprimer le rôle «&#xa0;%1&#xa0;»&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>A new role: name it, choose what it allows, then Save.</source>
        <translation>Nouveau rôle&#xa0;: nommez-le, choisissez ce qu’il autorise, puis enregistrez-le.</translation>
    </message>
    <message>
        <source>Held by %1. A role cannot be deleted while people hold it.</source>
        <translation>Attribué à %1. Un rôle ne peut pas être supprimé tant qu’il est attribué à des personnes.</translation>
    </message>
    <message>
        <source>Nobody holds this role yet.</source>
        <translation>Ce rôle n’est encore attribué à personne.</translation>
    </message>
    <message>
        <source>Give the people who hold it another role first.</source>
        <translation>Attribuez d’abord un autre rôle aux personnes qui l’ont.</translation>
    </message>
    <message>
        <source>Create role</source>
        <translation>Créer le rôle</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>AKONet Desktop — Roles</source>
        <translation>AKONet Desktop — Rôles</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>A role says what the users who hold it may do. Administrators and the owner may do everything a role can give.</source>
        <translation>Un rôle définit ce que peuvent faire les utilisateurs auxquels il est attribué. Les administrateurs et le propriétaire peuvent faire tout ce qu’un rôle permet.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Roles of the company</source>
        <translation>Rôles de l’entreprise</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Users with this role may:</source>
        <translation>Les utilisateurs ayant ce rôle peuvent&#xa0;:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Application and system</source>
        <translation>Application et système</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Unknown application</source>
        <translation>Application inconnue</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Signed in %1</source>
        <translation>Connecté le %1</translation>
    </message>
</context>
<context>
    <name>StatementsModel</name>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Billed devices</source>
        <translation>Dispositifs facturés</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>TotpDisableDialog</name>
    <message>
        <source>Turning off…</source>
        <translation>Désactivation…</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>AKONet Desktop — Two-step verification</source>
        <translation>AKONet Desktop — Validation en deux étapes</translation>
    </message>
    <message>
        <source>Turn off two-step verification</source>
        <translation>Désactiver la validation en deux étapes</translation>
    </message>
    <message>
        <source>Your account will be protected by your password alone. Confirm with your password and a code from your authenticator app (or a recovery code).</source>
        <translation>Votre compte ne sera plus protégé que par votre mot de passe. Confirmez avec votre mot de passe et un code de votre application d’authentification (ou un code de secours).</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Code from the app, or a recovery code</source>
        <translation>Code de l’application, ou code de secours</translation>
    </message>
</context>
<context>
    <name>TotpSetupDialog</name>
    <message>
        <source>AKONet recovery codes for %1</source>
        <translation>Codes de secours AKONet de %1</translation>
    </message>
    <message>
        <source>Each code signs you in once, in place of the code from your authenticator app.</source>
        <translation>Chaque code vous connecte une seule fois, à la place du code de votre application d’authentification.</translation>
    </message>
    <message>
        <source>Save the recovery codes</source>
        <translation>Enregistrer les codes de secours</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Le fichier n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Two-step verification is on</source>
        <translation>La validation en deux étapes est activée</translation>
    </message>
    <message>
        <source>Turn on two-step verification</source>
        <translation>Activer la validation en deux étapes</translation>
    </message>
    <message>
        <source>Your company requires two-step verification for administrators. Enter your password to start; you will need an authenticator app on your phone.</source>
        <translation>Votre entreprise exige la validation en deux étapes pour les administrateurs. Saisissez votre mot de passe pour commencer&#xa0;; il vous faudra une application d’authentification sur votre téléphone.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>Copier la clé</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>AKONet Desktop — Two-step verification</source>
        <translation>AKONet Desktop — Validation en deux étapes</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Enter your password to start. You will need an authenticator app on your phone.</source>
        <translation>Saisissez votre mot de passe pour commencer. Il vous faudra une application d’authentification sur votre téléphone.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>1. Scan this code with your authenticator app.</source>
        <translation>1. Scannez ce code avec votre application d’authentification.</translation>
    </message>
    <message>
        <source>QR code to scan</source>
        <translation>Code QR à scanner</translation>
    </message>
    <message>
        <source>Cannot scan it? Enter this key in the app instead (time-based):</source>
        <translation>Impossible de le scanner&#xa0;? Saisissez plutôt cette clé dans l’application (basée sur le temps)&#xa0;:</translation>
    </message>
    <message>
        <source>Key for manual entry</source>
        <translation>Clé à saisir à la main</translation>
    </message>
    <message>
        <source>2. Enter the 6-digit code the app shows</source>
        <translation>2. Saisissez le code à 6 chiffres affiché par l’application</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Two-step verification is on. Keep these recovery codes somewhere safe, away from your phone: each one signs you in once if you lose your phone. They are shown only now.</source>
        <translation>La validation en deux étapes est activée. Conservez ces codes de secours en lieu sûr, loin de votre téléphone&#xa0;: chacun vous connecte une fois si vous perdez votre téléphone. Ils ne sont affichés que maintenant.</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Codes de secours</translation>
    </message>
    <message>
        <source>Save as text file…</source>
        <translation>Enregistrer comme fichier texte…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>TransferOwnershipDialog</name>
    <message>
        <source>The password is not correct.</source>
        <translation>Le mot de passe est incorrect.</translation>
    </message>
    <message numerus="yes">
        <source>The password is not correct. %n attempt(s) left before your account is blocked.</source>
        <translation>
            <numerusform>Le mot de passe est incorrect. Il vous reste %n tentative avant le blocage de votre compte.</numerusform>
            <numerusform>Le mot de passe est incorrect. Il vous reste %n tentatives avant le blocage de votre compte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your account is blocked after too many wrong passwords, and the company is still yours. We sent you an email explaining how to reactivate your account by choosing a new password.</source>
        <translation>Votre compte a été bloqué après trop de mots de passe erronés, et l’entreprise vous appartient toujours. Nous vous avons envoyé un courriel expliquant comment réactiver votre compte en choisissant un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>%1 is no longer an active administrator of the company (blocked, removed or given another role). Choose someone else.</source>
        <translation>%1 n’est plus administrateur actif de l’entreprise (compte bloqué, retrait de l’entreprise ou changement de rôle). Choisissez une autre personne.</translation>
    </message>
    <message>
        <source>You are no longer the owner of this company, so you cannot transfer it. Sign out and sign in again to see what you can do now.</source>
        <translation>Vous n’êtes plus le propriétaire de cette entreprise et ne pouvez donc pas la transférer. Déconnectez-vous, puis reconnectez-vous pour voir ce que vous pouvez faire désormais.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; becomes the owner: only they can edit the company profile, see billing and transfer the company again.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; devient propriétaire&#xa0;: seule cette personne pourra modifier le profil de l’entreprise, consulter la facturation et transférer de nouveau l’entreprise.</translation>
    </message>
    <message>
        <source>The administrator you choose becomes the owner: only they can edit the company profile, see billing and transfer the company again.</source>
        <translation>L’administrateur choisi devient propriétaire&#xa0;: seule cette personne pourra modifier le profil de l’entreprise, consulter la facturation et transférer de nouveau l’entreprise.</translation>
    </message>
    <message>
        <source>You become an administrator: you keep managing devices and people.</source>
        <translation>Vous devenez administrateur&#xa0;: vous continuez à gérer les dispositifs et les personnes.</translation>
    </message>
    <message>
        <source>You both receive an email about the change.</source>
        <translation>Vous recevrez chacun un courriel vous informant de ce changement.</translation>
    </message>
    <message>
        <source>Hand &lt;b&gt;%1&lt;/b&gt; over to one of its administrators. Once you confirm:</source>
        <translation>Cédez &lt;b&gt;%1&lt;/b&gt; à l’un de ses administrateurs. Dès votre confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>Transferring…</source>
        <translation>Transfert…</translation>
    </message>
    <message>
        <source>Transfer ownership</source>
        <translation>Transférer la propriété</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>AKONet Desktop — Transfer ownership</source>
        <translation>AKONet Desktop — Transférer la propriété</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Nouveau propriétaire</translation>
    </message>
    <message>
        <source>Search by name or email</source>
        <translation>Rechercher par nom ou adresse électronique</translation>
    </message>
    <message>
        <source>Search administrators</source>
        <translation>Rechercher des administrateurs</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administrateurs</translation>
    </message>
    <message>
        <source>Your company has no active administrator to hand it over to. Invite an administrator first (or make a member an administrator), then come back here.</source>
        <translation>Votre entreprise n’a aucun administrateur actif à qui la céder. Invitez d’abord un administrateur (ou nommez administrateur une personne de l’entreprise), puis revenez ici.</translation>
    </message>
    <message>
        <source>Your current password</source>
        <translation>Votre mot de passe actuel</translation>
    </message>
</context>
<context>
    <name>UsersTexts</name>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Owner: every privilege; the only one who edits the company profile and sees billing.</source>
        <translation>Propriétaire&#xa0;: tous les droits&#xa0;; seul à pouvoir modifier le profil de l’entreprise et consulter la facturation.</translation>
    </message>
    <message>
        <source>Administrator: manages devices, users and roles; not the profile or billing.</source>
        <translation>Administrateur&#xa0;: gère les dispositifs, les utilisateurs et les rôles&#xa0;; n’a accès ni au profil ni à la facturation.</translation>
    </message>
    <message>
        <source>User: may do what their role allows.</source>
        <translation>Utilisateur&#xa0;: peut effectuer ce que son rôle autorise.</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Activate devices</source>
        <translation>Activer des dispositifs</translation>
    </message>
    <message>
        <source>Rename devices and change their location</source>
        <translation>Renommer des dispositifs et modifier leur emplacement</translation>
    </message>
    <message>
        <source>Edit the company profile</source>
        <translation>Modifier le profil de l’entreprise</translation>
    </message>
    <message>
        <source>See billing</source>
        <translation>Consulter la facturation</translation>
    </message>
    <message>
        <source>Can only look</source>
        <translation>Consultation uniquement</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln utilisateur</numerusform>
            <numerusform>%Ln utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Active: can sign in.</source>
        <translation>Actif&#xa0;: peut se connecter.</translation>
    </message>
    <message>
        <source>Invited: has not accepted the invitation yet.</source>
        <translation>Invité&#xa0;: n’a pas encore accepté l’invitation.</translation>
    </message>
    <message>
        <source>Locked after too many wrong passwords: unlock, or let them reset the password.</source>
        <translation>Bloqué après trop de mots de passe erronés&#xa0;: débloquez le compte ou laissez la personne réinitialiser son mot de passe.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches this search.</source>
        <translation>Personne ne correspond à cette recherche.</translation>
    </message>
    <message>
        <source>Nobody here yet. Invite the people who work with you.</source>
        <translation>Personne pour l’instant. Invitez les personnes qui travaillent avec vous.</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Invitation sent %1</source>
        <translation>Invitation envoyée le %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Valable jusqu’au %1</translation>
    </message>
    <message>
        <source>Invitation sent to %1.</source>
        <translation>Invitation envoyée à %1.</translation>
    </message>
    <message>
        <source>Invitation sent again to %1.</source>
        <translation>Invitation renvoyée à %1.</translation>
    </message>
    <message>
        <source>The invitation of %1 was revoked.</source>
        <translation>L’invitation de %1 a été révoquée.</translation>
    </message>
    <message>
        <source>%1 is unlocked and was told by email.</source>
        <translation>Le compte %1 a été débloqué&#xa0;; la personne en a été informée par courriel.</translation>
    </message>
    <message>
        <source>A password reset email was sent to %1.</source>
        <translation>Un courriel de réinitialisation du mot de passe a été envoyé à %1.</translation>
    </message>
    <message>
        <source>%1 was removed from the company.</source>
        <translation>%1 ne fait plus partie de l’entreprise.</translation>
    </message>
    <message>
        <source>Changes to %1 saved.</source>
        <translation>Modifications de %1 enregistrées.</translation>
    </message>
    <message>
        <source>The owner can be neither removed nor made an administrator or user. Transfer ownership first.</source>
        <translation>Le propriétaire ne peut être ni retiré ni changé en administrateur ou en utilisateur. Transférez d’abord la propriété de l’entreprise.</translation>
    </message>
    <message>
        <source>You cannot remove your own account.</source>
        <translation>Vous ne pouvez pas retirer votre propre compte.</translation>
    </message>
    <message>
        <source>People or pending invitations hold this role. Give them another role first.</source>
        <translation>Ce rôle est attribué à des personnes ou à des invitations en attente. Attribuez-leur d’abord un autre rôle.</translation>
    </message>
    <message>
        <source>Another role already has this name.</source>
        <translation>Un autre rôle porte déjà ce nom.</translation>
    </message>
    <message>
        <source>Only the owner and administrators can manage users.</source>
        <translation>Seuls le propriétaire et les administrateurs peuvent gérer les utilisateurs.</translation>
    </message>
    <message>
        <source>This person or role no longer exists. The list was refreshed.</source>
        <translation>Cette personne ou ce rôle n’existe plus. La liste a été actualisée.</translation>
    </message>
    <message>
        <source>This invitation has already been accepted. The list was refreshed.</source>
        <translation>Cette invitation a déjà été acceptée. La liste a été actualisée.</translation>
    </message>
    <message>
        <source>Enter a name for the role.</source>
        <translation>Saisissez un nom pour le rôle.</translation>
    </message>
    <message>
        <source>The role name contains characters that are not allowed.</source>
        <translation>Le nom du rôle contient des caractères non autorisés.</translation>
    </message>
    <message>
        <source>Choose a role for this user.</source>
        <translation>Choisissez un rôle pour cet utilisateur.</translation>
    </message>
    <message>
        <source>Choose one of the company&apos;s roles.</source>
        <translation>Choisissez l’un des rôles de l’entreprise.</translation>
    </message>
    <message>
        <source>Choose administrator or user.</source>
        <translation>Choisissez administrateur ou utilisateur.</translation>
    </message>
    <message>
        <source>Enter the first name.</source>
        <translation>Saisissez le prénom.</translation>
    </message>
    <message>
        <source>Enter the last name.</source>
        <translation>Saisissez le nom.</translation>
    </message>
    <message>
        <source>Enter the email address to invite.</source>
        <translation>Saisissez l’adresse électronique à inviter.</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>Remove %1?</source>
        <translation>Retirer %1&#xa0;?</translation>
    </message>
    <message>
        <source>%1 (%2) will be signed out at once and can no longer sign in. Their address is free to be invited again. This cannot be undone.</source>
        <translation>La session de %1 (%2) sera fermée immédiatement et cette personne ne pourra plus se connecter. Son adresse pourra de nouveau être invitée. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Revoke the invitation?</source>
        <translation>Révoquer l’invitation&#xa0;?</translation>
    </message>
    <message>
        <source>The link sent to %1 will stop working. You can invite them again later.</source>
        <translation>Le lien envoyé à %1 ne fonctionnera plus. Vous pourrez inviter cette personne de nouveau plus tard.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>The owner cannot be removed. Transfer ownership first, on the Company page.</source>
        <translation>Le propriétaire ne peut pas être retiré. Transférez d’abord la propriété de l’entreprise, depuis la page Entreprise.</translation>
    </message>
    <message>
        <source>You cannot remove your own account.</source>
        <translation>Vous ne pouvez pas retirer votre propre compte.</translation>
    </message>
    <message>
        <source>Remove this person from the company: their sessions end at once</source>
        <translation>Retirer cette personne de l’entreprise&#xa0;: ses sessions sont fermées immédiatement</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Nombre de personnes</translation>
    </message>
    <message>
        <source>Roles…</source>
        <translation>Rôles…</translation>
    </message>
    <message>
        <source>Create roles and choose what each lets its users do</source>
        <translation>Créer des rôles et choisir ce que chacun permet à ses utilisateurs</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>Inviter…</translation>
    </message>
    <message>
        <source>Invite a person by email to join your company</source>
        <translation>Inviter une personne par courriel à rejoindre votre entreprise</translation>
    </message>
    <message>
        <source>The people of your company and the invitations waiting for an answer. Administrators manage devices, users and roles; users do what their role allows.</source>
        <translation>Les personnes de votre entreprise et les invitations en attente de réponse. Les administrateurs gèrent les dispositifs, les utilisateurs et les rôles&#xa0;; les utilisateurs peuvent effectuer ce que leur rôle autorise.</translation>
    </message>
    <message>
        <source>Search by name or email address</source>
        <translation>Rechercher par nom ou adresse électronique</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Rechercher des personnes</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre d’état</translation>
    </message>
    <message>
        <source>Show only people with this status</source>
        <translation>Afficher uniquement les personnes ayant cet état</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Load the list again now</source>
        <translation>Recharger la liste maintenant</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Change kind or role…</source>
        <translation>Modifier le type ou le rôle…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <source>Let this person sign in again; they get an email saying who unlocked the account</source>
        <translation>Permettre à cette personne de se reconnecter&#xa0;; elle reçoit un courriel indiquant qui a débloqué le compte</translation>
    </message>
    <message>
        <source>Send password reset</source>
        <translation>Envoyer un lien de réinitialisation du mot de passe</translation>
    </message>
    <message>
        <source>Email this person a link to choose a new password; nobody else ever sees it</source>
        <translation>Envoyer à cette personne un courriel contenant un lien pour choisir un nouveau mot de passe&#xa0;; personne d’autre ne le voit jamais</translation>
    </message>
    <message>
        <source>Send invitation again</source>
        <translation>Renvoyer l’invitation</translation>
    </message>
    <message>
        <source>Revoke invitation…</source>
        <translation>Révoquer l’invitation…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
</context>
</TS>
