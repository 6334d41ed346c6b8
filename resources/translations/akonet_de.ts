<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountPage</name>
    <message>
        <source>Your name was saved.</source>
        <translation>Ihr Name wurde gespeichert.</translation>
    </message>
    <message>
        <source>Your password was changed and your other sessions were signed out.</source>
        <translation>Ihr Passwort wurde geändert und Ihre anderen Sitzungen wurden abgemeldet.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
    <message>
        <source>Two-step verification is on.</source>
        <translation>Die Bestätigung in zwei Schritten ist aktiviert.</translation>
    </message>
    <message>
        <source>Two-step verification is off.</source>
        <translation>Die Bestätigung in zwei Schritten ist deaktiviert.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>The session was signed out.</source>
        <translation>Die Sitzung wurde abgemeldet.</translation>
    </message>
    <message>
        <source>Every other session was signed out.</source>
        <translation>Alle anderen Sitzungen wurden abgemeldet.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>On: signing in asks for a code from your authenticator app.</source>
        <translation>Aktiviert: Bei der Anmeldung wird ein Code aus Ihrer Authenticator-App abgefragt.</translation>
    </message>
    <message>
        <source>Off: your password alone signs you in.</source>
        <translation>Deaktiviert: Ihr Passwort allein genügt zur Anmeldung.</translation>
    </message>
    <message>
        <source>Turn off…</source>
        <translation>Deaktivieren…</translation>
    </message>
    <message>
        <source>Set up two-step verification…</source>
        <translation>Bestätigung in zwei Schritten einrichten…</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Mein Konto</translation>
    </message>
    <message>
        <source>Your company requires two-step verification for administrators. Set it up to continue: the other pages open once it is on.</source>
        <translation>Ihr Unternehmen verlangt die Bestätigung in zwei Schritten für Administratoren. Richten Sie sie ein, um fortzufahren: Die anderen Seiten öffnen sich, sobald sie aktiviert ist.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The interface and the emails AKONet sends you use this language.</source>
        <translation>Die Oberfläche und die E-Mails, die AKONet Ihnen sendet, verwenden diese Sprache.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Change the password you sign in with. Your other sessions can be signed out at the same time.</source>
        <translation>Ändern Sie das Passwort, mit dem Sie sich anmelden. Ihre anderen Sitzungen können dabei gleich abgemeldet werden.</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Passwort ändern…</translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation>Bestätigung in zwei Schritten</translation>
    </message>
    <message>
        <source>After your password, AKONet asks for a 6-digit code from an authenticator app on your phone (such as Google Authenticator, Microsoft Authenticator or FreeOTP).</source>
        <translation>Nach Ihrem Passwort fragt AKONet einen 6-stelligen Code aus einer Authenticator-App auf Ihrem Telefon ab (etwa Google Authenticator, Microsoft Authenticator oder FreeOTP).</translation>
    </message>
    <message>
        <source>Turn on…</source>
        <translation>Aktivieren…</translation>
    </message>
    <message>
        <source>Signed-in sessions</source>
        <translation>Angemeldete Sitzungen</translation>
    </message>
    <message>
        <source>Where your account is signed in now. Signing a session out ends it at once on that computer.</source>
        <translation>Wo Ihr Konto gerade angemeldet ist. Eine abgemeldete Sitzung endet sofort auf diesem Computer.</translation>
    </message>
    <message>
        <source>Sign out everywhere else</source>
        <translation>Überall sonst abmelden</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
</context>
<context>
    <name>ActivateDeviceDialog</name>
    <message>
        <source>Activating…</source>
        <translation>Wird aktiviert…</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>AKONet Desktop — Activate device</source>
        <translation>AKONet Desktop — Gerät aktivieren</translation>
    </message>
    <message>
        <source>Activate a device</source>
        <translation>Ein Gerät aktivieren</translation>
    </message>
    <message>
        <source>Enter the serial number and the activation code printed on the device&apos;s label. The device then joins your company&apos;s list.</source>
        <translation>Geben Sie die Seriennummer und den Aktivierungscode ein, die auf dem Etikett des Geräts aufgedruckt sind. Das Gerät wird dann in die Liste Ihres Unternehmens aufgenommen.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>e.g. K7P2M9Q4XA</source>
        <translation>z. B. K7P2M9Q4XA</translation>
    </message>
    <message>
        <source>Activation code</source>
        <translation>Aktivierungscode</translation>
    </message>
    <message>
        <source>e.g. 7K3M-9QPX-2W4R</source>
        <translation>z. B. 7K3M-9QPX-2W4R</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Name (optional)</translation>
    </message>
    <message>
        <source>e.g. Cold room 2</source>
        <translation>z. B. Kühlraum 2</translation>
    </message>
    <message>
        <source>Location (optional)</source>
        <translation>Standort (optional)</translation>
    </message>
    <message>
        <source>e.g. Valencia store, back room</source>
        <translation>z. B. Filiale Valencia, Lager</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>From the address %1</source>
        <translation>Von der Adresse %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ActivityTexts</name>
    <message>
        <source>Invitation sent</source>
        <translation>Einladung gesendet</translation>
    </message>
    <message>
        <source>Invitation sent again</source>
        <translation>Einladung erneut gesendet</translation>
    </message>
    <message>
        <source>Invitation revoked</source>
        <translation>Einladung widerrufen</translation>
    </message>
    <message>
        <source>Invitation accepted</source>
        <translation>Einladung angenommen</translation>
    </message>
    <message>
        <source>Role created</source>
        <translation>Rolle erstellt</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rolle geändert</translation>
    </message>
    <message>
        <source>Role deleted</source>
        <translation>Rolle gelöscht</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Benutzer geändert</translation>
    </message>
    <message>
        <source>User removed</source>
        <translation>Benutzer entfernt</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Konto entsperrt</translation>
    </message>
    <message>
        <source>Password reset sent</source>
        <translation>Link zum Zurücksetzen des Passworts gesendet</translation>
    </message>
    <message>
        <source>Ownership transferred</source>
        <translation>Inhaberschaft übertragen</translation>
    </message>
    <message>
        <source>Company profile edited</source>
        <translation>Unternehmensprofil bearbeitet</translation>
    </message>
    <message>
        <source>Billing details edited</source>
        <translation>Rechnungsdaten bearbeitet</translation>
    </message>
    <message>
        <source>Device activated</source>
        <translation>Gerät aktiviert</translation>
    </message>
    <message>
        <source>Device renamed or moved</source>
        <translation>Gerät umbenannt oder Standort geändert</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>privileges</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>No action of this kind was recorded.</source>
        <translation>Es wurde keine Aktion dieser Art erfasst.</translation>
    </message>
    <message>
        <source>No administrative action was recorded yet.</source>
        <translation>Es wurde noch keine administrative Aktion erfasst.</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (entfernt)</translation>
    </message>
</context>
<context>
    <name>ActivityView</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>Anzahl der Einträge</translation>
    </message>
    <message>
        <source>Kind of action</source>
        <translation>Art der Aktion</translation>
    </message>
    <message>
        <source>Show only one kind of action</source>
        <translation>Nur eine Art von Aktion anzeigen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load the newest entries now</source>
        <translation>Neueste Einträge jetzt laden</translation>
    </message>
    <message>
        <source>Every administrative action in your company, newest first: who did it, when, from which address, and what changed.</source>
        <translation>Jede administrative Aktion in Ihrem Unternehmen, die neueste zuerst: wer sie ausgeführt hat, wann, von welcher Adresse aus und was geändert wurde.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The built-in server could not start: %1</source>
        <translation>Der integrierte Server konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>This link cannot be opened: %1</source>
        <translation>Dieser Link kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Your organisation&apos;s AKONet server address (leave empty to use the server built into this app):</source>
        <translation>Adresse des AKONet-Servers Ihrer Organisation (leer lassen, um den in diese App integrierten Server zu verwenden):</translation>
    </message>
</context>
<context>
    <name>BillingPage</name>
    <message>
        <source>Per device: %1 for each device and month it is active in.</source>
        <translation>Pro Gerät: %1 für jedes Gerät und jeden Monat, in dem es aktiv ist.</translation>
    </message>
    <message>
        <source>%1 (so far, until the end of the month)</source>
        <translation>%1 (bisher, bis zum Monatsende)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>No payment is processed here: the statements show what would be invoiced.</source>
        <translation>Hier werden keine Zahlungen abgewickelt: Die Monatsabrechnungen zeigen, was in Rechnung gestellt würde.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Current period</source>
        <translation>Aktueller Zeitraum</translation>
    </message>
    <message>
        <source>Billed devices</source>
        <translation>Abgerechnete Geräte</translation>
    </message>
    <message>
        <source>Amount so far</source>
        <translation>Bisheriger Betrag</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Monatsabrechnungen</translation>
    </message>
    <message>
        <source>Billing details</source>
        <translation>Rechnungsdaten</translation>
    </message>
    <message>
        <source>Billing email</source>
        <translation>E-Mail-Adresse für Rechnungen</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Rechnungsadresse</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Changing…</source>
        <translation>Wird geändert…</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>AKONet Desktop — Change password</source>
        <translation>AKONet Desktop — Passwort ändern</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <translation>Neues Passwort bestätigen</translation>
    </message>
    <message>
        <source>Sign out my other sessions</source>
        <translation>Meine anderen Sitzungen abmelden</translation>
    </message>
    <message>
        <source>Recommended if you think someone else knows your password: every other computer where you are signed in has to sign in again.</source>
        <translation>Empfohlen, wenn Sie glauben, dass jemand anderes Ihr Passwort kennt: Auf allen anderen Computern, auf denen Sie angemeldet sind, ist eine neue Anmeldung nötig.</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>Turn on two-step verification for yourself first (My account), then require it.</source>
        <translation>Aktivieren Sie zuerst die Bestätigung in zwei Schritten für sich selbst (Mein Konto), dann können Sie sie verlangen.</translation>
    </message>
    <message>
        <source>Only the company&apos;s owner can change its profile.</source>
        <translation>Nur der Inhaber des Unternehmens kann dessen Profil ändern.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for yourself first, on the « My account » page: the owner is one of the people the rule applies to.</source>
        <translation>Aktivieren Sie zuerst die Bestätigung in zwei Schritten für sich selbst, auf der Seite « Mein Konto »: Die Regel gilt auch für den Inhaber.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>You and every administrator then sign in with a code from an authenticator app after the password. An administrator who has not set it up yet can only set it up at the next sign-in.</source>
        <translation>Sie und jeder Administrator melden sich dann nach dem Passwort mit einem Code aus einer Authenticator-App an. Ein Administrator, der sie noch nicht eingerichtet hat, kann sie bei der nächsten Anmeldung nur einrichten.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Unternehmensname</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Identification type</source>
        <translation>Identifikationsart</translation>
    </message>
    <message>
        <source>Identification number</source>
        <translation>Identifikationsnummer</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Kontakt-Telefonnummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Require two-step verification for administrators</source>
        <translation>Bestätigung in zwei Schritten für Administratoren verlangen</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Inhaberschaft</translation>
    </message>
    <message>
        <source>You own this company on AKONet: only you can change its profile and see its billing. You can hand it over to one of its administrators; you then stay an administrator.</source>
        <translation>Sie sind Inhaber dieses Unternehmens bei AKONet: Nur Sie können das Unternehmensprofil ändern und die Abrechnung einsehen. Sie können das Unternehmen an einen seiner Administratoren übergeben; Sie bleiben dann Administrator.</translation>
    </message>
    <message>
        <source>Transfer ownership…</source>
        <translation>Inhaberschaft übertragen…</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>AKONet Desktop — Device</source>
        <translation>AKONet Desktop — Gerät</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Aktiviert am</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
</context>
<context>
    <name>DeviceTexts</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Active: the device is in contact and reports no alarm.</source>
        <translation>Aktiv: Das Gerät steht in Verbindung und meldet keinen Alarm.</translation>
    </message>
    <message>
        <source>Inactive: no contact with the device for a while.</source>
        <translation>Inaktiv: Seit einiger Zeit kein Kontakt zum Gerät.</translation>
    </message>
    <message>
        <source>Alarm: the device reports an alarm.</source>
        <translation>Alarm: Das Gerät meldet einen Alarm.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>Gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>Vor %n Minute</numerusform>
            <numerusform>Vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>Vor %n Stunde</numerusform>
            <numerusform>Vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>Vor %n Tag</numerusform>
            <numerusform>Vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln Gerät</numerusform>
            <numerusform>%Ln Geräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in alarm</source>
        <translation>
            <numerusform>%Ln mit Alarm</numerusform>
            <numerusform>%Ln mit Alarm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching</source>
        <translation>
            <numerusform>%Ln Treffer</numerusform>
            <numerusform>%Ln Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>No device matches this serial number and activation code. Check both on the device&apos;s label; a device already activated by another company cannot be activated here.</source>
        <translation>Kein Gerät entspricht dieser Seriennummer und diesem Aktivierungscode. Prüfen Sie beide Angaben auf dem Etikett des Geräts; ein bereits von einem anderen Unternehmen aktiviertes Gerät kann hier nicht aktiviert werden.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong activation codes. Wait %n minute(s), then try again.</source>
        <translation>
            <numerusform>Zu viele falsche Aktivierungscodes. Warten Sie %n Minute und versuchen Sie es dann erneut.</numerusform>
            <numerusform>Zu viele falsche Aktivierungscodes. Warten Sie %n Minuten und versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role does not allow activating devices. Ask an owner or administrator of your company.</source>
        <translation>Ihre Rolle erlaubt keine Aktivierung von Geräten. Wenden Sie sich an einen Inhaber oder Administrator Ihres Unternehmens.</translation>
    </message>
    <message>
        <source>This device is already in your company&apos;s list.</source>
        <translation>Dieses Gerät ist bereits in der Liste Ihres Unternehmens.</translation>
    </message>
    <message>
        <source>Your role does not allow renaming devices. Ask an owner or administrator of your company.</source>
        <translation>Ihre Rolle erlaubt kein Umbenennen von Geräten. Wenden Sie sich an einen Inhaber oder Administrator Ihres Unternehmens.</translation>
    </message>
    <message>
        <source>This device is no longer in your company&apos;s list.</source>
        <translation>Dieses Gerät ist nicht mehr in der Liste Ihres Unternehmens.</translation>
    </message>
    <message>
        <source>Your role does not allow this. An administrator of your company can change your role.</source>
        <translation>Ihre Rolle erlaubt dies nicht. Ein Administrator Ihres Unternehmens kann Ihre Rolle ändern.</translation>
    </message>
    <message>
        <source>Enter the serial number printed on the label.</source>
        <translation>Geben Sie die auf dem Etikett aufgedruckte Seriennummer ein.</translation>
    </message>
    <message>
        <source>Enter the activation code printed on the label.</source>
        <translation>Geben Sie den auf dem Etikett aufgedruckten Aktivierungscode ein.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dieses Feld ist erforderlich.</translation>
    </message>
    <message>
        <source>This is too long (at most %1 characters).</source>
        <translation>Dieser Text ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>Enter the %1 letters and digits of the serial number, as printed on the label.</source>
        <translation>Geben Sie die %1 Buchstaben und Ziffern der Seriennummer so ein, wie sie auf dem Etikett aufgedruckt sind.</translation>
    </message>
    <message>
        <source>Enter the activation code as printed on the label, like %1.</source>
        <translation>Geben Sie den Aktivierungscode so ein, wie er auf dem Etikett aufgedruckt ist, z. B. %1.</translation>
    </message>
    <message>
        <source>This contains characters that are not allowed.</source>
        <translation>Dieser Text enthält unzulässige Zeichen.</translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Aktiviert am</translation>
    </message>
    <message>
        <source>Click to sort by this column; click again to reverse the order.</source>
        <translation>Klicken Sie, um nach dieser Spalte zu sortieren; klicken Sie erneut, um die Reihenfolge umzukehren.</translation>
    </message>
</context>
<context>
    <name>DevicesView</name>
    <message>
        <source>No device matches your search.</source>
        <translation>Kein Gerät entspricht Ihrer Suche.</translation>
    </message>
    <message>
        <source>No device has this status.</source>
        <translation>Kein Gerät hat diesen Status.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Device counts</source>
        <translation>Geräteanzahl</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Reload the list now (it also refreshes by itself every 30 seconds)</source>
        <translation>Liste jetzt neu laden (sie wird außerdem alle 30 Sekunden automatisch aktualisiert)</translation>
    </message>
    <message>
        <source>Activate device</source>
        <translation>Gerät aktivieren</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Search by name, serial number, model or location</source>
        <translation>Nach Name, Seriennummer, Modell oder Standort suchen</translation>
    </message>
    <message>
        <source>Search devices</source>
        <translation>Geräte durchsuchen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>No device is pre-activated</source>
        <translation>Kein Gerät ist voraktiviert</translation>
    </message>
    <message>
        <source>Devices pre-activated for your company appear here. To add a device, activate it with the serial number and the activation code printed on its label.</source>
        <translation>Für Ihr Unternehmen voraktivierte Geräte werden hier angezeigt. Um ein Gerät hinzuzufügen, aktivieren Sie es mit der Seriennummer und dem Aktivierungscode auf seinem Etikett.</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <source>Join %1</source>
        <translation>%1 beitreten</translation>
    </message>
    <message>
        <source>Join your company</source>
        <translation>Ihrem Unternehmen beitreten</translation>
    </message>
    <message>
        <source>You are invited to join &lt;b&gt;%1&lt;/b&gt; on AKONet. Check your name, choose a password and your language: you will be signed in right away.</source>
        <translation>Sie wurden eingeladen, &lt;b&gt;%1&lt;/b&gt; bei AKONet beizutreten. Prüfen Sie Ihren Namen, wählen Sie ein Passwort und Ihre Sprache: Sie werden dann sofort angemeldet.</translation>
    </message>
    <message>
        <source>AKONet Desktop — Invitation</source>
        <translation>AKONet Desktop — Einladung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Paste the link or the code from the invitation email you received.</source>
        <translation>Fügen Sie den Link oder den Code aus der Einladungs-E-Mail ein, die Sie erhalten haben.</translation>
    </message>
    <message>
        <source>Link or code from the email</source>
        <translation>Link oder Code aus der E-Mail</translation>
    </message>
    <message>
        <source>Paste the link or the code here</source>
        <translation>Link oder Code hier einfügen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Confirm the password</source>
        <translation>Passwort bestätigen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Join and sign in</source>
        <translation>Beitreten und anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message numerus="yes">
        <source>The link works once, for %n hour(s).</source>
        <translation>
            <numerusform>Der Link kann einmal verwendet werden und ist %n Stunde gültig.</numerusform>
            <numerusform>Der Link kann einmal verwendet werden und ist %n Stunden gültig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The link works once, for %n day(s).</source>
        <translation>
            <numerusform>Der Link kann einmal verwendet werden und ist %n Tag gültig.</numerusform>
            <numerusform>Der Link kann einmal verwendet werden und ist %n Tage gültig.</numerusform>
        </translation>
    </message>
    <message>
        <source>We email them a link to join your company; they choose their own password.</source>
        <translation>Wir senden der Person per E-Mail einen Link, um Ihrem Unternehmen beizutreten; sie wählt ihr Passwort selbst.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Send invitation</source>
        <translation>Einladung senden</translation>
    </message>
    <message>
        <source>AKONet Desktop — Invite</source>
        <translation>AKONet Desktop — Einladen</translation>
    </message>
    <message>
        <source>Invite a person</source>
        <translation>Eine Person einladen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>name@unternehmen.de</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Language of the email</source>
        <translation>Sprache der E-Mail</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>The time to enter the code has run out. Enter your password again, then a new code from your app.</source>
        <translation>Die Zeit für die Eingabe des Codes ist abgelaufen. Geben Sie Ihr Passwort erneut ein, dann einen neuen Code aus Ihrer App.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Verbindung zum Server wird hergestellt…</translation>
    </message>
    <message>
        <source>Checking the system keyring…</source>
        <translation>System-Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>Stay signed in on this computer. Your password is never stored; a revocable session key is kept in the system keyring.</source>
        <translation>Auf diesem Computer angemeldet bleiben. Ihr Passwort wird nie gespeichert; ein widerrufbarer Sitzungsschlüssel wird im System-Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>Unavailable: no secure system keyring was found (%1). AKONet never stores sessions in plain files.</source>
        <translation>Nicht verfügbar: Es wurde kein sicherer System-Schlüsselbund gefunden (%1). AKONet speichert Sitzungen nie in unverschlüsselten Dateien.</translation>
    </message>
    <message>
        <source>AKONet Desktop — Sign in</source>
        <translation>AKONet Desktop — Anmelden</translation>
    </message>
    <message>
        <source>AKONet</source>
        <translation>AKONet</translation>
    </message>
    <message>
        <source>Sign in to manage your company&apos;s devices</source>
        <translation>Melden Sie sich an, um die Geräte Ihres Unternehmens zu verwalten</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>name@unternehmen.de</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation>Bestätigung in zwei Schritten</translation>
    </message>
    <message>
        <source>Enter the 6-digit code your authenticator app shows for AKONet. Lost your phone? Enter one of your recovery codes instead.</source>
        <translation>Geben Sie den 6-stelligen Code ein, den Ihre Authenticator-App für AKONet anzeigt. Telefon verloren? Geben Sie stattdessen einen Ihrer Wiederherstellungscodes ein.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Back to the password</source>
        <translation>Zurück zum Passwort</translation>
    </message>
    <message>
        <source>Reactivate my account</source>
        <translation>Mein Konto reaktivieren</translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation>Angemeldet bleiben</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>Passwort vergessen?</translation>
    </message>
    <message>
        <source>New registration</source>
        <translation>Neue Registrierung</translation>
    </message>
    <message>
        <source>I have an invitation</source>
        <translation>Ich habe eine Einladung</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>Mail sent by the server built into this app (registration and password links)</source>
        <translation>E-Mails des in diese App integrierten Servers (Registrierungs- und Passwortlinks)</translation>
    </message>
    <message>
        <source>Server…</source>
        <translation>Server…</translation>
    </message>
</context>
<context>
    <name>MailboxModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
</context>
<context>
    <name>MailboxWindow</name>
    <message>
        <source>The mailbox cannot be read: %1</source>
        <translation>Das Postfach kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <source>AKONet Desktop — Mailbox</source>
        <translation>AKONet Desktop — Postfach</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>Emails sent by the built-in server. They stay on this computer and need no connection.</source>
        <translation>Vom integrierten Server gesendete E-Mails. Sie bleiben auf diesem Computer und benötigen keine Verbindung.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the mailbox again (it also refreshes every few seconds)</source>
        <translation>Postfach erneut lesen (es wird außerdem alle paar Sekunden aktualisiert)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>No mail yet. Mail sent by the built-in server appears here.</source>
        <translation>Noch keine E-Mails. Vom integrierten Server gesendete E-Mails werden hier angezeigt.</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Email content</source>
        <translation>E-Mail-Inhalt</translation>
    </message>
    <message>
        <source>Select an email to read it.</source>
        <translation>Wählen Sie eine E-Mail aus, um sie zu lesen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ownership transferred to %1. You are now an administrator of the company.</source>
        <translation>Die Inhaberschaft wurde an %1 übertragen. Sie sind jetzt Administrator des Unternehmens.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
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
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Mein Konto</translation>
    </message>
    <message>
        <source>Activate device</source>
        <translation>Gerät aktivieren</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Extras</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Geräte</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Mailbox (this computer)</source>
        <translation>&amp;Postfach (dieser Computer)</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Change %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Ownership moves only by a transfer, on the Company page.</source>
        <translation>Die Inhaberschaft wechselt nur durch eine Übertragung auf der Seite „Unternehmen“.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>AKONet Desktop — Change a person</source>
        <translation>AKONet Desktop — Person bearbeiten</translation>
    </message>
    <message>
        <source>Change a person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <source>What this person is in the company. Their email address and password are theirs: only they can change them.</source>
        <translation>Welche Funktion diese Person im Unternehmen hat. E-Mail-Adresse und Passwort gehören ihr allein: Nur sie selbst kann sie ändern.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Kind and role</source>
        <translation>Typ und Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Enter a valid email address, like name@company.com.</source>
        <translation>Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@unternehmen.de.</translation>
    </message>
    <message>
        <source>The two email addresses are different.</source>
        <translation>Die beiden E-Mail-Adressen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Enter a valid phone number for this country, e.g. +34 912 345 678.</source>
        <translation>Geben Sie eine gültige Telefonnummer für dieses Land ein, z. B. +49 30 12345678.</translation>
    </message>
    <message>
        <source>This number is not valid for the chosen identification type.</source>
        <translation>Diese Nummer ist für die gewählte Identifikationsart nicht gültig.</translation>
    </message>
    <message>
        <source>Choose an identification type of this country.</source>
        <translation>Wählen Sie eine Identifikationsart dieses Landes.</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Wählen Sie ein Land aus der Liste.</translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation>Wählen Sie eine Sprache aus der Liste.</translation>
    </message>
    <message>
        <source>Choose a password different from your current one.</source>
        <translation>Wählen Sie ein anderes Passwort als Ihr aktuelles.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your app, or a recovery code.</source>
        <translation>Geben Sie den 6-stelligen Code aus Ihrer App oder einen Wiederherstellungscode ein.</translation>
    </message>
    <message>
        <source>Complete the company step first.</source>
        <translation>Schließen Sie zuerst den Schritt „Ihr Unternehmen“ ab.</translation>
    </message>
    <message>
        <source>Paste the whole link or code from the email.</source>
        <translation>Fügen Sie den vollständigen Link oder Code aus der E-Mail ein.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dieses Feld ist erforderlich.</translation>
    </message>
    <message>
        <source>This is too long (at most %1 characters).</source>
        <translation>Dieser Text ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Dieser Wert ist ungültig.</translation>
    </message>
    <message>
        <source>The two values are different.</source>
        <translation>Die beiden Werte stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Not available for this country.</source>
        <translation>Für dieses Land nicht verfügbar.</translation>
    </message>
    <message>
        <source>This address contains a special form of a character (such as “ﬁ”, a full-width letter or a sign that looks like a letter). Type it with ordinary letters.</source>
        <translation>Diese Adresse enthält eine Sonderform eines Zeichens (etwa „ﬁ“, einen Buchstaben in voller Breite oder ein Zeichen, das wie ein Buchstabe aussieht). Geben Sie sie mit normalen Buchstaben ein.</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>At most %1 characters</source>
        <translation>Höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>An uppercase letter</source>
        <translation>Ein Großbuchstabe</translation>
    </message>
    <message>
        <source>A digit</source>
        <translation>Eine Ziffer</translation>
    </message>
    <message>
        <source>A symbol, like ! ? # or -</source>
        <translation>Ein Sonderzeichen, z. B. ! ? # oder -</translation>
    </message>
    <message>
        <source>Not a common password</source>
        <translation>Kein gängiges Passwort</translation>
    </message>
    <message>
        <source>Not your name or email</source>
        <translation>Weder Ihr Name noch Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>No invisible or control characters</source>
        <translation>Keine unsichtbaren Zeichen oder Steuerzeichen</translation>
    </message>
    <message>
        <source>Both passwords match</source>
        <translation>Beide Passwörter stimmen überein</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Sehr schwach</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Sehr stark</translation>
    </message>
    <message>
        <source>Wrong email or password. 1 attempt left before the account is blocked.</source>
        <translation>Falsche E-Mail-Adresse oder falsches Passwort. Noch 1 Versuch, bevor das Konto gesperrt wird.</translation>
    </message>
    <message>
        <source>Wrong email or password. %1 attempts left.</source>
        <translation>Falsche E-Mail-Adresse oder falsches Passwort. Noch %1 Versuche.</translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>Das Passwort ist nicht korrekt.</translation>
    </message>
    <message>
        <source>The password is not correct. 1 attempt left before the account is blocked.</source>
        <translation>Das Passwort ist nicht korrekt. Noch 1 Versuch, bevor das Konto gesperrt wird.</translation>
    </message>
    <message>
        <source>The password is not correct. %1 attempts left.</source>
        <translation>Das Passwort ist nicht korrekt. Noch %1 Versuche.</translation>
    </message>
    <message>
        <source>The code is not correct.</source>
        <translation>Der Code ist nicht korrekt.</translation>
    </message>
    <message>
        <source>The code is not correct. 1 attempt left before the account is blocked.</source>
        <translation>Der Code ist nicht korrekt. Noch 1 Versuch, bevor das Konto gesperrt wird.</translation>
    </message>
    <message>
        <source>The code is not correct. %1 attempts left.</source>
        <translation>Der Code ist nicht korrekt. Noch %1 Versuche.</translation>
    </message>
    <message>
        <source>This account is blocked after %1 failed attempts. We sent an email explaining how to reactivate it by choosing a new password. No email? Use « Forgot your password? ».</source>
        <translation>Dieses Konto wurde nach %1 fehlgeschlagenen Versuchen gesperrt. Wir haben Ihnen eine E-Mail gesendet, die erklärt, wie Sie es mit einem neuen Passwort reaktivieren. Keine E-Mail erhalten? Verwenden Sie « Passwort vergessen? ».</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins from this network. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen aus diesem Netzwerk. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen aus diesem Netzwerk. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins from this network. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen aus diesem Netzwerk. Versuchen Sie es in %n Minute erneut.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen aus diesem Netzwerk. Versuchen Sie es in %n Minuten erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>This link has already been used. Sign in, or ask for a new link.</source>
        <translation>Dieser Link wurde bereits verwendet. Melden Sie sich an oder fordern Sie einen neuen Link an.</translation>
    </message>
    <message>
        <source>This link has expired. Ask for a new one.</source>
        <translation>Dieser Link ist abgelaufen. Fordern Sie einen neuen an.</translation>
    </message>
    <message>
        <source>This link or code is not valid. Paste it again from the email.</source>
        <translation>Dieser Link oder Code ist ungültig. Fügen Sie ihn erneut aus der E-Mail ein.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your connection, then retry.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server is taking too long to answer. Retry in a moment.</source>
        <translation>Der Server antwortet zu langsam. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server had a problem and could not complete this. Retry in a moment.</source>
        <translation>Auf dem Server ist ein Problem aufgetreten; der Vorgang konnte nicht abgeschlossen werden. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>This email address already has an account. Sign in, or use « Forgot your password? ».</source>
        <translation>Für diese E-Mail-Adresse besteht bereits ein Konto. Melden Sie sich an oder verwenden Sie « Passwort vergessen? ».</translation>
    </message>
    <message>
        <source>This email address already belongs to an AKONet account.</source>
        <translation>Diese E-Mail-Adresse gehört bereits zu einem AKONet-Konto.</translation>
    </message>
    <message>
        <source>This address already has a pending invitation. Send it again from the list instead.</source>
        <translation>Für diese Adresse besteht bereits eine ausstehende Einladung. Senden Sie sie stattdessen aus der Liste erneut.</translation>
    </message>
    <message>
        <source>This invitation has already been accepted.</source>
        <translation>Diese Einladung wurde bereits angenommen.</translation>
    </message>
    <message>
        <source>Too many requests from this computer. Wait a few minutes, then retry.</source>
        <translation>Zu viele Anfragen von diesem Computer. Warten Sie einige Minuten und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>For your safety this session was ended. Sign in again.</source>
        <translation>Zu Ihrer Sicherheit wurde diese Sitzung beendet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Some fields need your attention.</source>
        <translation>Einige Felder müssen überprüft werden.</translation>
    </message>
    <message>
        <source>The time to enter the code has run out. Sign in again with your password.</source>
        <translation>Die Zeit für die Eingabe des Codes ist abgelaufen. Melden Sie sich erneut mit Ihrem Passwort an.</translation>
    </message>
    <message>
        <source>Your company requires two-step verification for administrators. Turn it on in « My account ».</source>
        <translation>Ihr Unternehmen verlangt die Bestätigung in zwei Schritten für Administratoren. Aktivieren Sie sie unter « Mein Konto ».</translation>
    </message>
    <message>
        <source>Two-step verification is already on.</source>
        <translation>Die Bestätigung in zwei Schritten ist bereits aktiviert.</translation>
    </message>
    <message>
        <source>Two-step verification is not on, or its set-up has expired. Start again.</source>
        <translation>Die Bestätigung in zwei Schritten ist nicht aktiviert, oder ihre Einrichtung ist abgelaufen. Beginnen Sie erneut.</translation>
    </message>
    <message>
        <source>This session has already ended.</source>
        <translation>Diese Sitzung ist bereits beendet.</translation>
    </message>
    <message>
        <source>The request was refused: %1</source>
        <translation>Die Anfrage wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Ein Fehler ist aufgetreten: %1</translation>
    </message>
</context>
<context>
    <name>PasswordInput</name>
    <message>
        <source>Hide password</source>
        <translation>Passwort ausblenden</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Passwort anzeigen</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Forgot your password?</source>
        <translation>Passwort vergessen?</translation>
    </message>
    <message>
        <source>Check your inbox</source>
        <translation>Prüfen Sie Ihren Posteingang</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Wählen Sie ein neues Passwort</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>Use another address</source>
        <translation>Andere Adresse verwenden</translation>
    </message>
    <message>
        <source>Ask for a new link</source>
        <translation>Neuen Link anfordern</translation>
    </message>
    <message>
        <source>Change password and sign in</source>
        <translation>Passwort ändern und anmelden</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>We sent the email again.</source>
        <translation>Wir haben die E-Mail erneut gesendet.</translation>
    </message>
    <message>
        <source>Paste the link or the code from the email we sent you. It is valid for %1 minutes.</source>
        <translation>Fügen Sie den Link oder den Code aus der E-Mail ein, die wir Ihnen gesendet haben. Er ist %1 Minuten gültig.</translation>
    </message>
    <message>
        <source>If an account uses %1, we sent it an email with a link to choose a new password. It is valid for %2 minutes.</source>
        <translation>Falls ein Konto %1 verwendet, haben wir eine E-Mail mit einem Link zum Festlegen eines neuen Passworts an diese Adresse gesendet. Der Link ist %2 Minuten gültig.</translation>
    </message>
    <message>
        <source>AKONet Desktop — Password recovery</source>
        <translation>AKONet Desktop — Passwort-Wiederherstellung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Enter the email address you use to sign in, the one you registered with. We will send it a link to choose a new password. If your account is blocked, the new password also reactivates it.</source>
        <translation>Geben Sie die E-Mail-Adresse ein, mit der Sie sich anmelden und mit der Sie sich registriert haben. Wir senden einen Link an diese Adresse, mit dem Sie ein neues Passwort festlegen können. Falls Ihr Konto gesperrt ist, wird es mit dem neuen Passwort auch reaktiviert.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>name@unternehmen.de</translation>
    </message>
    <message>
        <source>Send the link</source>
        <translation>Link senden</translation>
    </message>
    <message>
        <source>Link or code from the email</source>
        <translation>Link oder Code aus der E-Mail</translation>
    </message>
    <message>
        <source>Paste the link or the code here</source>
        <translation>Link oder Code hier einfügen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Send it again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Choose a new password. Changing it reactivates a blocked account and signs out your other sessions.</source>
        <translation>Wählen Sie ein neues Passwort. Durch die Änderung wird ein gesperrtes Konto reaktiviert und Ihre anderen Sitzungen werden abgemeldet.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <translation>Neues Passwort bestätigen</translation>
    </message>
    <message>
        <source>Your password has been changed and your account is active. Sign in with your new password.</source>
        <translation>Ihr Passwort wurde geändert und Ihr Konto ist aktiv. Melden Sie sich mit Ihrem neuen Passwort an.</translation>
    </message>
    <message>
        <source>Go to sign-in</source>
        <translation>Zur Anmeldung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>RegistrationWizard</name>
    <message>
        <source>Password requirements not met: %1</source>
        <translation>Passwortanforderungen nicht erfüllt: %1</translation>
    </message>
    <message>
        <source>Your email</source>
        <translation>Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Check your inbox</source>
        <translation>Prüfen Sie Ihren Posteingang</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Ihr Unternehmen</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <source>Step %1 of 3 — %2</source>
        <translation>Schritt %1 von 3 — %2</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Open the link in the email we sent you to continue, or paste the link or the code here.</source>
        <translation>Öffnen Sie zum Fortfahren den Link in der E-Mail, die wir Ihnen gesendet haben, oder fügen Sie den Link oder den Code hier ein.</translation>
    </message>
    <message>
        <source>We sent an email to &lt;b&gt;%1&lt;/b&gt;. Open the link it contains to continue, or paste the link or the code from the email here.</source>
        <translation>Wir haben eine E-Mail an &lt;b&gt;%1&lt;/b&gt; gesendet. Öffnen Sie zum Fortfahren den darin enthaltenen Link oder fügen Sie den Link oder den Code aus der E-Mail hier ein.</translation>
    </message>
    <message>
        <source>Sent again. It may take a minute to arrive; check your spam folder too.</source>
        <translation>Erneut gesendet. Die Zustellung kann eine Minute dauern; prüfen Sie auch Ihren Spam-Ordner.</translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation>Land auswählen</translation>
    </message>
    <message>
        <source>Choose an identification type</source>
        <translation>Identifikationsart auswählen</translation>
    </message>
    <message>
        <source>AKONet Desktop — New registration</source>
        <translation>AKONet Desktop — Neue Registrierung</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Enter the address of the person who administers your company&apos;s account. It becomes the username of the owner, the only one who can edit the company profile and see billing. We will send a link to this address to continue the registration.</source>
        <translation>Geben Sie die Adresse der Person ein, die das Konto Ihres Unternehmens verwaltet. Sie wird zum Benutzernamen des Inhabers, der als Einziger das Unternehmensprofil bearbeiten und die Abrechnung einsehen kann. Wir senden einen Link an diese Adresse, um die Registrierung fortzusetzen.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>name@unternehmen.de</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Confirm the email address</source>
        <translation>E-Mail-Adresse bestätigen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Link or code from the email</source>
        <translation>Link oder Code aus der E-Mail</translation>
    </message>
    <message>
        <source>Resend the email</source>
        <translation>E-Mail erneut senden</translation>
    </message>
    <message>
        <source>Your company&apos;s details. They are saved as you go: you can close this window and open the email link again later.</source>
        <translation>Die Daten Ihres Unternehmens. Sie werden laufend gespeichert: Sie können dieses Fenster schließen und den Link in der E-Mail später erneut öffnen.</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Unternehmensname</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Identification type</source>
        <translation>Identifikationsart</translation>
    </message>
    <message>
        <source>Identification number</source>
        <translation>Identifikationsnummer</translation>
    </message>
    <message>
        <source>Contact phone number</source>
        <translation>Kontakt-Telefonnummer</translation>
    </message>
    <message>
        <source>Your sign-in details as the company&apos;s owner (super-administrator).</source>
        <translation>Ihre Anmeldedaten als Inhaber des Unternehmens (Super-Administrator).</translation>
    </message>
    <message>
        <source>Email address / username</source>
        <translation>E-Mail-Adresse / Benutzername</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Confirm the password</source>
        <translation>Passwort bestätigen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Delete the role?</source>
        <translation>Rolle löschen?</translation>
    </message>
    <message>
        <source>Delete the role « %1 »? This cannot be undone.</source>
        <translation>Die Rolle « %1 » löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>A new role: name it, choose what it allows, then Save.</source>
        <translation>Eine neue Rolle: Geben Sie ihr einen Namen, wählen Sie aus, was sie erlaubt, und speichern Sie sie dann.</translation>
    </message>
    <message>
        <source>Held by %1. A role cannot be deleted while people hold it.</source>
        <translation>Zugewiesen an %1. Eine Rolle kann nicht gelöscht werden, solange sie Personen zugewiesen ist.</translation>
    </message>
    <message>
        <source>Nobody holds this role yet.</source>
        <translation>Diese Rolle ist noch niemandem zugewiesen.</translation>
    </message>
    <message>
        <source>Give the people who hold it another role first.</source>
        <translation>Weisen Sie den Personen mit dieser Rolle zuerst eine andere Rolle zu.</translation>
    </message>
    <message>
        <source>Create role</source>
        <translation>Rolle erstellen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>AKONet Desktop — Roles</source>
        <translation>AKONet Desktop — Rollen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>A role says what the users who hold it may do. Administrators and the owner may do everything a role can give.</source>
        <translation>Eine Rolle legt fest, was die Benutzer mit dieser Rolle tun dürfen. Administratoren und der Inhaber dürfen alles, was eine Rolle erlauben kann.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Roles of the company</source>
        <translation>Rollen des Unternehmens</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Users with this role may:</source>
        <translation>Benutzer mit dieser Rolle dürfen:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Application and system</source>
        <translation>Anwendung und System</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Unknown application</source>
        <translation>Unbekannte Anwendung</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Signed in %1</source>
        <translation>Angemeldet am %1</translation>
    </message>
</context>
<context>
    <name>StatementsModel</name>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Billed devices</source>
        <translation>Abgerechnete Geräte</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
</context>
<context>
    <name>TotpDisableDialog</name>
    <message>
        <source>Turning off…</source>
        <translation>Wird deaktiviert…</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>AKONet Desktop — Two-step verification</source>
        <translation>AKONet Desktop — Bestätigung in zwei Schritten</translation>
    </message>
    <message>
        <source>Turn off two-step verification</source>
        <translation>Bestätigung in zwei Schritten deaktivieren</translation>
    </message>
    <message>
        <source>Your account will be protected by your password alone. Confirm with your password and a code from your authenticator app (or a recovery code).</source>
        <translation>Ihr Konto wird dann nur noch durch Ihr Passwort geschützt. Bestätigen Sie mit Ihrem Passwort und einem Code aus Ihrer Authenticator-App (oder einem Wiederherstellungscode).</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Code from the app, or a recovery code</source>
        <translation>Code aus der App oder Wiederherstellungscode</translation>
    </message>
</context>
<context>
    <name>TotpSetupDialog</name>
    <message>
        <source>AKONet recovery codes for %1</source>
        <translation>AKONet-Wiederherstellungscodes für %1</translation>
    </message>
    <message>
        <source>Each code signs you in once, in place of the code from your authenticator app.</source>
        <translation>Jeder Code meldet Sie einmal an, anstelle des Codes aus Ihrer Authenticator-App.</translation>
    </message>
    <message>
        <source>Save the recovery codes</source>
        <translation>Wiederherstellungscodes speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Die Datei konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Two-step verification is on</source>
        <translation>Die Bestätigung in zwei Schritten ist aktiviert</translation>
    </message>
    <message>
        <source>Turn on two-step verification</source>
        <translation>Bestätigung in zwei Schritten aktivieren</translation>
    </message>
    <message>
        <source>Your company requires two-step verification for administrators. Enter your password to start; you will need an authenticator app on your phone.</source>
        <translation>Ihr Unternehmen verlangt die Bestätigung in zwei Schritten für Administratoren. Geben Sie zum Beginnen Ihr Passwort ein; Sie benötigen eine Authenticator-App auf Ihrem Telefon.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>AKONet Desktop — Two-step verification</source>
        <translation>AKONet Desktop — Bestätigung in zwei Schritten</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Enter your password to start. You will need an authenticator app on your phone.</source>
        <translation>Geben Sie zum Beginnen Ihr Passwort ein. Sie benötigen eine Authenticator-App auf Ihrem Telefon.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>1. Scan this code with your authenticator app.</source>
        <translation>1. Scannen Sie diesen Code mit Ihrer Authenticator-App.</translation>
    </message>
    <message>
        <source>QR code to scan</source>
        <translation>QR-Code zum Scannen</translation>
    </message>
    <message>
        <source>Cannot scan it? Enter this key in the app instead (time-based):</source>
        <translation>Scannen nicht möglich? Geben Sie stattdessen diesen Schlüssel in der App ein (zeitbasiert):</translation>
    </message>
    <message>
        <source>Key for manual entry</source>
        <translation>Schlüssel zur manuellen Eingabe</translation>
    </message>
    <message>
        <source>2. Enter the 6-digit code the app shows</source>
        <translation>2. Geben Sie den 6-stelligen Code ein, den die App anzeigt</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Two-step verification is on. Keep these recovery codes somewhere safe, away from your phone: each one signs you in once if you lose your phone. They are shown only now.</source>
        <translation>Die Bestätigung in zwei Schritten ist aktiviert. Bewahren Sie diese Wiederherstellungscodes sicher und getrennt von Ihrem Telefon auf: Jeder meldet Sie einmal an, falls Sie Ihr Telefon verlieren. Sie werden nur jetzt angezeigt.</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>Save as text file…</source>
        <translation>Als Textdatei speichern…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>TransferOwnershipDialog</name>
    <message>
        <source>The password is not correct.</source>
        <translation>Das Passwort ist falsch.</translation>
    </message>
    <message numerus="yes">
        <source>The password is not correct. %n attempt(s) left before your account is blocked.</source>
        <translation>
            <numerusform>Das Passwort ist falsch. Noch %n Versuch, bevor Ihr Konto gesperrt wird.</numerusform>
            <numerusform>Das Passwort ist falsch. Noch %n Versuche, bevor Ihr Konto gesperrt wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your account is blocked after too many wrong passwords, and the company is still yours. We sent you an email explaining how to reactivate your account by choosing a new password.</source>
        <translation>Ihr Konto wurde nach zu vielen falschen Passwörtern gesperrt; Sie sind weiterhin Inhaber des Unternehmens. Wir haben Ihnen eine E-Mail gesendet, die erklärt, wie Sie Ihr Konto mit einem neuen Passwort reaktivieren.</translation>
    </message>
    <message>
        <source>%1 is no longer an active administrator of the company (blocked, removed or given another role). Choose someone else.</source>
        <translation>%1 ist kein aktiver Administrator des Unternehmens mehr (gesperrt, entfernt oder mit einer anderen Rolle). Wählen Sie eine andere Person.</translation>
    </message>
    <message>
        <source>You are no longer the owner of this company, so you cannot transfer it. Sign out and sign in again to see what you can do now.</source>
        <translation>Sie sind nicht mehr Inhaber dieses Unternehmens und können es daher nicht übertragen. Melden Sie sich ab und erneut an, um zu sehen, was Sie jetzt tun können.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; becomes the owner: only they can edit the company profile, see billing and transfer the company again.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wird Inhaber: Nur diese Person kann das Unternehmensprofil bearbeiten, die Abrechnung einsehen und das Unternehmen erneut übertragen.</translation>
    </message>
    <message>
        <source>The administrator you choose becomes the owner: only they can edit the company profile, see billing and transfer the company again.</source>
        <translation>Der von Ihnen gewählte Administrator wird Inhaber: Nur diese Person kann das Unternehmensprofil bearbeiten, die Abrechnung einsehen und das Unternehmen erneut übertragen.</translation>
    </message>
    <message>
        <source>You become an administrator: you keep managing devices and people.</source>
        <translation>Sie werden Administrator: Sie verwalten weiterhin Geräte und Personen.</translation>
    </message>
    <message>
        <source>You both receive an email about the change.</source>
        <translation>Sie und der neue Inhaber erhalten eine E-Mail über die Änderung.</translation>
    </message>
    <message>
        <source>Hand &lt;b&gt;%1&lt;/b&gt; over to one of its administrators. Once you confirm:</source>
        <translation>Übergeben Sie &lt;b&gt;%1&lt;/b&gt; an einen der Administratoren des Unternehmens. Sobald Sie bestätigen:</translation>
    </message>
    <message>
        <source>Transferring…</source>
        <translation>Wird übertragen…</translation>
    </message>
    <message>
        <source>Transfer ownership</source>
        <translation>Inhaberschaft übertragen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>AKONet Desktop — Transfer ownership</source>
        <translation>AKONet Desktop — Inhaberschaft übertragen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Neuer Inhaber</translation>
    </message>
    <message>
        <source>Search by name or email</source>
        <translation>Nach Name oder E-Mail-Adresse suchen</translation>
    </message>
    <message>
        <source>Search administrators</source>
        <translation>Administratoren durchsuchen</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administratoren</translation>
    </message>
    <message>
        <source>Your company has no active administrator to hand it over to. Invite an administrator first (or make a member an administrator), then come back here.</source>
        <translation>Ihr Unternehmen hat keinen aktiven Administrator, an den Sie es übergeben können. Laden Sie zuerst einen Administrator ein (oder machen Sie einen Benutzer zum Administrator) und kehren Sie dann hierher zurück.</translation>
    </message>
    <message>
        <source>Your current password</source>
        <translation>Ihr aktuelles Passwort</translation>
    </message>
</context>
<context>
    <name>UsersTexts</name>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Owner: every privilege; the only one who edits the company profile and sees billing.</source>
        <translation>Inhaber: alle Berechtigungen; als Einziger befugt, das Unternehmensprofil zu bearbeiten und die Abrechnung einzusehen.</translation>
    </message>
    <message>
        <source>Administrator: manages devices, users and roles; not the profile or billing.</source>
        <translation>Administrator: verwaltet Geräte, Benutzer und Rollen, nicht aber das Profil oder die Abrechnung.</translation>
    </message>
    <message>
        <source>User: may do what their role allows.</source>
        <translation>Benutzer: darf alles, was die zugewiesene Rolle erlaubt.</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <source>Activate devices</source>
        <translation>Geräte aktivieren</translation>
    </message>
    <message>
        <source>Rename devices and change their location</source>
        <translation>Geräte umbenennen und ihren Standort ändern</translation>
    </message>
    <message>
        <source>Edit the company profile</source>
        <translation>Unternehmensprofil bearbeiten</translation>
    </message>
    <message>
        <source>See billing</source>
        <translation>Abrechnung einsehen</translation>
    </message>
    <message>
        <source>Can only look</source>
        <translation>Nur ansehen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer</numerusform>
            <numerusform>%Ln Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Active: can sign in.</source>
        <translation>Aktiv: kann sich anmelden.</translation>
    </message>
    <message>
        <source>Invited: has not accepted the invitation yet.</source>
        <translation>Eingeladen: hat die Einladung noch nicht angenommen.</translation>
    </message>
    <message>
        <source>Locked after too many wrong passwords: unlock, or let them reset the password.</source>
        <translation>Gesperrt nach zu vielen falschen Passwörtern: Entsperren Sie das Konto oder lassen Sie die Person ihr Passwort zurücksetzen.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches this search.</source>
        <translation>Niemand entspricht dieser Suche.</translation>
    </message>
    <message>
        <source>Nobody here yet. Invite the people who work with you.</source>
        <translation>Noch niemand hier. Laden Sie die Personen ein, mit denen Sie zusammenarbeiten.</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Invitation sent %1</source>
        <translation>Einladung gesendet am %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Gültig bis %1</translation>
    </message>
    <message>
        <source>Invitation sent to %1.</source>
        <translation>Einladung an %1 gesendet.</translation>
    </message>
    <message>
        <source>Invitation sent again to %1.</source>
        <translation>Einladung erneut an %1 gesendet.</translation>
    </message>
    <message>
        <source>The invitation of %1 was revoked.</source>
        <translation>Die Einladung für %1 wurde widerrufen.</translation>
    </message>
    <message>
        <source>%1 is unlocked and was told by email.</source>
        <translation>%1 ist entsperrt und wurde per E-Mail benachrichtigt.</translation>
    </message>
    <message>
        <source>A password reset email was sent to %1.</source>
        <translation>Eine E-Mail zum Zurücksetzen des Passworts wurde an %1 gesendet.</translation>
    </message>
    <message>
        <source>%1 was removed from the company.</source>
        <translation>%1 wurde aus dem Unternehmen entfernt.</translation>
    </message>
    <message>
        <source>Changes to %1 saved.</source>
        <translation>Änderungen an %1 gespeichert.</translation>
    </message>
    <message>
        <source>The owner can be neither removed nor made an administrator or user. Transfer ownership first.</source>
        <translation>Der Inhaber kann weder entfernt noch zum Administrator oder Benutzer gemacht werden. Übertragen Sie zuerst die Inhaberschaft.</translation>
    </message>
    <message>
        <source>You cannot remove your own account.</source>
        <translation>Sie können Ihr eigenes Konto nicht entfernen.</translation>
    </message>
    <message>
        <source>People or pending invitations hold this role. Give them another role first.</source>
        <translation>Diese Rolle ist Personen oder ausstehenden Einladungen zugewiesen. Weisen Sie ihnen zuerst eine andere Rolle zu.</translation>
    </message>
    <message>
        <source>Another role already has this name.</source>
        <translation>Eine andere Rolle hat bereits diesen Namen.</translation>
    </message>
    <message>
        <source>Only the owner and administrators can manage users.</source>
        <translation>Nur der Inhaber und Administratoren können Benutzer verwalten.</translation>
    </message>
    <message>
        <source>This person or role no longer exists. The list was refreshed.</source>
        <translation>Diese Person oder Rolle existiert nicht mehr. Die Liste wurde aktualisiert.</translation>
    </message>
    <message>
        <source>This invitation has already been accepted. The list was refreshed.</source>
        <translation>Diese Einladung wurde bereits angenommen. Die Liste wurde aktualisiert.</translation>
    </message>
    <message>
        <source>Enter a name for the role.</source>
        <translation>Geben Sie einen Namen für die Rolle ein.</translation>
    </message>
    <message>
        <source>The role name contains characters that are not allowed.</source>
        <translation>Der Rollenname enthält unzulässige Zeichen.</translation>
    </message>
    <message>
        <source>Choose a role for this user.</source>
        <translation>Wählen Sie eine Rolle für diesen Benutzer.</translation>
    </message>
    <message>
        <source>Choose one of the company&apos;s roles.</source>
        <translation>Wählen Sie eine der Rollen des Unternehmens.</translation>
    </message>
    <message>
        <source>Choose administrator or user.</source>
        <translation>Wählen Sie Administrator oder Benutzer.</translation>
    </message>
    <message>
        <source>Enter the first name.</source>
        <translation>Geben Sie den Vornamen ein.</translation>
    </message>
    <message>
        <source>Enter the last name.</source>
        <translation>Geben Sie den Nachnamen ein.</translation>
    </message>
    <message>
        <source>Enter the email address to invite.</source>
        <translation>Geben Sie die E-Mail-Adresse der einzuladenden Person ein.</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <source>%1 (%2) will be signed out at once and can no longer sign in. Their address is free to be invited again. This cannot be undone.</source>
        <translation>%1 (%2) wird sofort abgemeldet und kann sich nicht mehr anmelden. Die Adresse kann danach erneut eingeladen werden. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Revoke the invitation?</source>
        <translation>Einladung widerrufen?</translation>
    </message>
    <message>
        <source>The link sent to %1 will stop working. You can invite them again later.</source>
        <translation>Der an %1 gesendete Link wird ungültig. Sie können die Person später erneut einladen.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>The owner cannot be removed. Transfer ownership first, on the Company page.</source>
        <translation>Der Inhaber kann nicht entfernt werden. Übertragen Sie zuerst die Inhaberschaft auf der Seite „Unternehmen“.</translation>
    </message>
    <message>
        <source>You cannot remove your own account.</source>
        <translation>Sie können Ihr eigenes Konto nicht entfernen.</translation>
    </message>
    <message>
        <source>Remove this person from the company: their sessions end at once</source>
        <translation>Diese Person aus dem Unternehmen entfernen; ihre Sitzungen enden sofort</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Anzahl der Personen</translation>
    </message>
    <message>
        <source>Roles…</source>
        <translation>Rollen…</translation>
    </message>
    <message>
        <source>Create roles and choose what each lets its users do</source>
        <translation>Rollen erstellen und festlegen, was Benutzer mit der jeweiligen Rolle tun dürfen</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>Einladen…</translation>
    </message>
    <message>
        <source>Invite a person by email to join your company</source>
        <translation>Eine Person per E-Mail einladen, Ihrem Unternehmen beizutreten</translation>
    </message>
    <message>
        <source>The people of your company and the invitations waiting for an answer. Administrators manage devices, users and roles; users do what their role allows.</source>
        <translation>Die Personen Ihres Unternehmens und die Einladungen, die auf eine Antwort warten. Administratoren verwalten Geräte, Benutzer und Rollen; Benutzer dürfen, was ihre Rolle erlaubt.</translation>
    </message>
    <message>
        <source>Search by name or email address</source>
        <translation>Nach Name oder E-Mail-Adresse suchen</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Personen durchsuchen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Show only people with this status</source>
        <translation>Nur Personen mit diesem Status anzeigen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load the list again now</source>
        <translation>Liste jetzt neu laden</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Change kind or role…</source>
        <translation>Typ oder Rolle ändern…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Let this person sign in again; they get an email saying who unlocked the account</source>
        <translation>Dieser Person die Anmeldung wieder erlauben; sie erhält eine E-Mail, aus der hervorgeht, wer das Konto entsperrt hat</translation>
    </message>
    <message>
        <source>Send password reset</source>
        <translation>Link zum Zurücksetzen des Passworts senden</translation>
    </message>
    <message>
        <source>Email this person a link to choose a new password; nobody else ever sees it</source>
        <translation>Dieser Person per E-Mail einen Link zum Festlegen eines neuen Passworts senden; niemand sonst bekommt das Passwort je zu sehen</translation>
    </message>
    <message>
        <source>Send invitation again</source>
        <translation>Einladung erneut senden</translation>
    </message>
    <message>
        <source>Revoke invitation…</source>
        <translation>Einladung widerrufen…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
</context>
</TS>
