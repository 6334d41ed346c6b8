<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AccountPage</name>
    <message>
        <source>Your name was saved.</source>
        <translation>Il suo nome è stato salvato.</translation>
    </message>
    <message>
        <source>Your password was changed and your other sessions were signed out.</source>
        <translation>La sua password è stata modificata e le altre sessioni sono state disconnesse.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>La sua password è stata modificata.</translation>
    </message>
    <message>
        <source>Two-step verification is on.</source>
        <translation>La verifica in due passaggi è attiva.</translation>
    </message>
    <message>
        <source>Two-step verification is off.</source>
        <translation>La verifica in due passaggi è disattivata.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Disconnetti</translation>
    </message>
    <message>
        <source>The session was signed out.</source>
        <translation>La sessione è stata disconnessa.</translation>
    </message>
    <message>
        <source>Every other session was signed out.</source>
        <translation>Tutte le altre sessioni sono state disconnesse.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>On: signing in asks for a code from your authenticator app.</source>
        <translation>Attiva: l’accesso chiede un codice della sua app di autenticazione.</translation>
    </message>
    <message>
        <source>Off: your password alone signs you in.</source>
        <translation>Disattivata: per accedere basta la sua password.</translation>
    </message>
    <message>
        <source>Turn off…</source>
        <translation>Disattiva…</translation>
    </message>
    <message>
        <source>Set up two-step verification…</source>
        <translation>Configura la verifica in due passaggi…</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Il mio account</translation>
    </message>
    <message>
        <source>Your company requires two-step verification for administrators. Set it up to continue: the other pages open once it is on.</source>
        <translation>La sua azienda richiede la verifica in due passaggi per gli amministratori. La configuri per continuare: le altre pagine si aprono appena è attiva.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Indirizzo email</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>The interface and the emails AKONet sends you use this language.</source>
        <translation>L’interfaccia e le email che AKONet le invia usano questa lingua.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Change the password you sign in with. Your other sessions can be signed out at the same time.</source>
        <translation>Modifichi la password con cui accede. Le altre sessioni possono essere disconnesse nello stesso momento.</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Modifica password…</translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation>Verifica in due passaggi</translation>
    </message>
    <message>
        <source>After your password, AKONet asks for a 6-digit code from an authenticator app on your phone (such as Google Authenticator, Microsoft Authenticator or FreeOTP).</source>
        <translation>Dopo la password, AKONet chiede un codice di 6 cifre di un’app di autenticazione sul suo telefono (come Google Authenticator, Microsoft Authenticator o FreeOTP).</translation>
    </message>
    <message>
        <source>Turn on…</source>
        <translation>Attiva…</translation>
    </message>
    <message>
        <source>Signed-in sessions</source>
        <translation>Sessioni attive</translation>
    </message>
    <message>
        <source>Where your account is signed in now. Signing a session out ends it at once on that computer.</source>
        <translation>Dove il suo account è connesso ora. Disconnettere una sessione la chiude subito su quel computer.</translation>
    </message>
    <message>
        <source>Sign out everywhere else</source>
        <translation>Disconnetti ovunque altrove</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
</context>
<context>
    <name>ActivateDeviceDialog</name>
    <message>
        <source>Activating…</source>
        <translation>Attivazione…</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <source>AKONet Desktop — Activate device</source>
        <translation>AKONet Desktop — Attiva dispositivo</translation>
    </message>
    <message>
        <source>Activate a device</source>
        <translation>Attiva un dispositivo</translation>
    </message>
    <message>
        <source>Enter the serial number and the activation code printed on the device&apos;s label. The device then joins your company&apos;s list.</source>
        <translation>Inserisca il numero di serie e il codice di attivazione stampati sull’etichetta del dispositivo. Il dispositivo verrà quindi aggiunto all’elenco della sua azienda.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numero di serie</translation>
    </message>
    <message>
        <source>e.g. K7P2M9Q4XA</source>
        <translation>es. K7P2M9Q4XA</translation>
    </message>
    <message>
        <source>Activation code</source>
        <translation>Codice di attivazione</translation>
    </message>
    <message>
        <source>e.g. 7K3M-9QPX-2W4R</source>
        <translation>es. 7K3M-9QPX-2W4R</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Nome (facoltativo)</translation>
    </message>
    <message>
        <source>e.g. Cold room 2</source>
        <translation>es. Cella frigorifera 2</translation>
    </message>
    <message>
        <source>Location (optional)</source>
        <translation>Posizione (facoltativa)</translation>
    </message>
    <message>
        <source>e.g. Valencia store, back room</source>
        <translation>es. Negozio di Valencia, retrobottega</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>From the address %1</source>
        <translation>Dall’indirizzo %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
</context>
<context>
    <name>ActivityTexts</name>
    <message>
        <source>Invitation sent</source>
        <translation>Invito inviato</translation>
    </message>
    <message>
        <source>Invitation sent again</source>
        <translation>Invito inviato di nuovo</translation>
    </message>
    <message>
        <source>Invitation revoked</source>
        <translation>Invito revocato</translation>
    </message>
    <message>
        <source>Invitation accepted</source>
        <translation>Invito accettato</translation>
    </message>
    <message>
        <source>Role created</source>
        <translation>Ruolo creato</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Ruolo modificato</translation>
    </message>
    <message>
        <source>Role deleted</source>
        <translation>Ruolo eliminato</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Utente modificato</translation>
    </message>
    <message>
        <source>User removed</source>
        <translation>Utente rimosso</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Account sbloccato</translation>
    </message>
    <message>
        <source>Password reset sent</source>
        <translation>Link di reimpostazione password inviato</translation>
    </message>
    <message>
        <source>Ownership transferred</source>
        <translation>Ruolo di proprietario trasferito</translation>
    </message>
    <message>
        <source>Company profile edited</source>
        <translation>Profilo dell’azienda modificato</translation>
    </message>
    <message>
        <source>Billing details edited</source>
        <translation>Dati di fatturazione modificati</translation>
    </message>
    <message>
        <source>Device activated</source>
        <translation>Dispositivo attivato</translation>
    </message>
    <message>
        <source>Device renamed or moved</source>
        <translation>Dispositivo rinominato o spostato</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Tutte le azioni</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>location</source>
        <translation>posizione</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modello</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>cognome</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>role</source>
        <translation>ruolo</translation>
    </message>
    <message>
        <source>privileges</source>
        <translation>privilegi</translation>
    </message>
    <message>
        <source>language</source>
        <translation>lingua</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vuoto)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies)</source>
        <translation>
            <numerusform>%Ln voce</numerusform>
            <numerusform>%Ln voci</numerusform>
        </translation>
    </message>
    <message>
        <source>No action of this kind was recorded.</source>
        <translation>Non è stata registrata alcuna azione di questo tipo.</translation>
    </message>
    <message>
        <source>No administrative action was recorded yet.</source>
        <translation>Non è stata ancora registrata alcuna azione amministrativa.</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (rimosso)</translation>
    </message>
</context>
<context>
    <name>ActivityView</name>
    <message>
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>Numero di voci</translation>
    </message>
    <message>
        <source>Kind of action</source>
        <translation>Tipo di azione</translation>
    </message>
    <message>
        <source>Show only one kind of action</source>
        <translation>Mostra solo un tipo di azione</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Load the newest entries now</source>
        <translation>Carica subito le voci più recenti</translation>
    </message>
    <message>
        <source>Every administrative action in your company, newest first: who did it, when, from which address, and what changed.</source>
        <translation>Tutte le azioni amministrative nella sua azienda, a partire dalla più recente: chi le ha eseguite, quando, da quale indirizzo e che cosa è cambiato.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Registro delle attività</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The built-in server could not start: %1</source>
        <translation>Impossibile avviare il server integrato: %1</translation>
    </message>
    <message>
        <source>This link cannot be opened: %1</source>
        <translation>Impossibile aprire questo link: %1</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Your organisation&apos;s AKONet server address (leave empty to use the server built into this app):</source>
        <translation>Indirizzo del server AKONet della sua organizzazione (lasci vuoto per usare il server integrato nell’app):</translation>
    </message>
</context>
<context>
    <name>BillingPage</name>
    <message>
        <source>Per device: %1 for each device and month it is active in.</source>
        <translation>Per dispositivo: %1 per ogni dispositivo e per ogni mese in cui è attivo.</translation>
    </message>
    <message>
        <source>%1 (so far, until the end of the month)</source>
        <translation>%1 (finora, fino alla fine del mese)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Fatturazione</translation>
    </message>
    <message>
        <source>No payment is processed here: the statements show what would be invoiced.</source>
        <translation>Qui non viene elaborato alcun pagamento: i rendiconti mostrano ciò che verrebbe fatturato.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Piano</translation>
    </message>
    <message>
        <source>Current period</source>
        <translation>Periodo corrente</translation>
    </message>
    <message>
        <source>Billed devices</source>
        <translation>Dispositivi fatturati</translation>
    </message>
    <message>
        <source>Amount so far</source>
        <translation>Importo maturato finora</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Rendiconti</translation>
    </message>
    <message>
        <source>Billing details</source>
        <translation>Dati di fatturazione</translation>
    </message>
    <message>
        <source>Billing email</source>
        <translation>Email di fatturazione</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Indirizzo di fatturazione</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Changing…</source>
        <translation>Modifica in corso…</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Modifica password</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>AKONet Desktop — Change password</source>
        <translation>AKONet Desktop — Modifica password</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Password attuale</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nuova password</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <translation>Conferma la nuova password</translation>
    </message>
    <message>
        <source>Sign out my other sessions</source>
        <translation>Disconnetti le mie altre sessioni</translation>
    </message>
    <message>
        <source>Recommended if you think someone else knows your password: every other computer where you are signed in has to sign in again.</source>
        <translation>Consigliato se pensa che qualcun altro conosca la sua password: su tutti gli altri computer in cui è connesso dovrà accedere di nuovo.</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>Turn on two-step verification for yourself first (My account), then require it.</source>
        <translation>Attivi prima la verifica in due passaggi per sé (Il mio account), poi la richieda.</translation>
    </message>
    <message>
        <source>Only the company&apos;s owner can change its profile.</source>
        <translation>Solo il proprietario dell’azienda può modificarne il profilo.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for yourself first, on the « My account » page: the owner is one of the people the rule applies to.</source>
        <translation>Attivi prima la verifica in due passaggi per sé, nella pagina « Il mio account »: la regola vale anche per il proprietario.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>You and every administrator then sign in with a code from an authenticator app after the password. An administrator who has not set it up yet can only set it up at the next sign-in.</source>
        <translation>Lei e ogni amministratore accederete con un codice di un’app di autenticazione dopo la password. Un amministratore che non l’ha ancora configurata potrà solo configurarla al prossimo accesso.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nome dell’azienda</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Identification type</source>
        <translation>Tipo di identificazione</translation>
    </message>
    <message>
        <source>Identification number</source>
        <translation>Numero di identificazione</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Telefono di contatto</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Codice postale</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicurezza</translation>
    </message>
    <message>
        <source>Require two-step verification for administrators</source>
        <translation>Richiedi la verifica in due passaggi per gli amministratori</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Ruolo di proprietario</translation>
    </message>
    <message>
        <source>You own this company on AKONet: only you can change its profile and see its billing. You can hand it over to one of its administrators; you then stay an administrator.</source>
        <translation>Lei è il proprietario di questa azienda su AKONet: solo lei può modificarne il profilo e consultarne la fatturazione. Può trasferire il ruolo di proprietario a uno degli amministratori dell’azienda; in seguito resterà amministratore.</translation>
    </message>
    <message>
        <source>Transfer ownership…</source>
        <translation>Trasferisci il ruolo di proprietario…</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
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
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>AKONet Desktop — Device</source>
        <translation>AKONet Desktop — Dispositivo</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numero di serie</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Ultimo contatto</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Attivato il</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Posizione</translation>
    </message>
</context>
<context>
    <name>DeviceTexts</name>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inattivo</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Allarme</translation>
    </message>
    <message>
        <source>Active: the device is in contact and reports no alarm.</source>
        <translation>Attivo: il dispositivo è in contatto e non segnala alcun allarme.</translation>
    </message>
    <message>
        <source>Inactive: no contact with the device for a while.</source>
        <translation>Inattivo: nessun contatto con il dispositivo da un po’ di tempo.</translation>
    </message>
    <message>
        <source>Alarm: the device reports an alarm.</source>
        <translation>Allarme: il dispositivo segnala un allarme.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>Proprio ora</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minuto fa</numerusform>
            <numerusform>%n minuti fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n ora fa</numerusform>
            <numerusform>%n ore fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n giorno fa</numerusform>
            <numerusform>%n giorni fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln dispositivo</numerusform>
            <numerusform>%Ln dispositivi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in alarm</source>
        <translation>
            <numerusform>%Ln in allarme</numerusform>
            <numerusform>%Ln in allarme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching</source>
        <translation>
            <numerusform>%Ln corrispondente</numerusform>
            <numerusform>%Ln corrispondenti</numerusform>
        </translation>
    </message>
    <message>
        <source>No device matches this serial number and activation code. Check both on the device&apos;s label; a device already activated by another company cannot be activated here.</source>
        <translation>Nessun dispositivo corrisponde a questo numero di serie e a questo codice di attivazione. Verifichi entrambi sull’etichetta del dispositivo; un dispositivo già attivato da un’altra azienda non può essere attivato qui.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong activation codes. Wait %n minute(s), then try again.</source>
        <translation>
            <numerusform>Troppi codici di attivazione errati. Attenda %n minuto, poi riprovi.</numerusform>
            <numerusform>Troppi codici di attivazione errati. Attenda %n minuti, poi riprovi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role does not allow activating devices. Ask an owner or administrator of your company.</source>
        <translation>Il suo ruolo non consente di attivare dispositivi. Si rivolga a un proprietario o a un amministratore della sua azienda.</translation>
    </message>
    <message>
        <source>This device is already in your company&apos;s list.</source>
        <translation>Questo dispositivo è già nell’elenco della sua azienda.</translation>
    </message>
    <message>
        <source>Your role does not allow renaming devices. Ask an owner or administrator of your company.</source>
        <translation>Il suo ruolo non consente di rinominare dispositivi. Si rivolga a un proprietario o a un amministratore della sua azienda.</translation>
    </message>
    <message>
        <source>This device is no longer in your company&apos;s list.</source>
        <translation>Questo dispositivo non è più nell’elenco della sua azienda.</translation>
    </message>
    <message>
        <source>Your role does not allow this. An administrator of your company can change your role.</source>
        <translation>Il suo ruolo non consente questa operazione. Un amministratore della sua azienda può modificarle il ruolo.</translation>
    </message>
    <message>
        <source>Enter the serial number printed on the label.</source>
        <translation>Inserisca il numero di serie stampato sull’etichetta.</translation>
    </message>
    <message>
        <source>Enter the activation code printed on the label.</source>
        <translation>Inserisca il codice di attivazione stampato sull’etichetta.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Questo campo è obbligatorio.</translation>
    </message>
    <message>
        <source>This is too long (at most %1 characters).</source>
        <translation>Il testo è troppo lungo (massimo %1 caratteri).</translation>
    </message>
    <message>
        <source>Enter the %1 letters and digits of the serial number, as printed on the label.</source>
        <translation>Inserisca le %1 lettere e cifre del numero di serie, come stampate sull’etichetta.</translation>
    </message>
    <message>
        <source>Enter the activation code as printed on the label, like %1.</source>
        <translation>Inserisca il codice di attivazione come stampato sull’etichetta, ad esempio %1.</translation>
    </message>
    <message>
        <source>This contains characters that are not allowed.</source>
        <translation>Il testo contiene caratteri non consentiti.</translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numero di serie</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Ultimo contatto</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Attivato il</translation>
    </message>
    <message>
        <source>Click to sort by this column; click again to reverse the order.</source>
        <translation>Faccia clic per ordinare in base a questa colonna; faccia di nuovo clic per invertire l’ordine.</translation>
    </message>
</context>
<context>
    <name>DevicesView</name>
    <message>
        <source>No device matches your search.</source>
        <translation>Nessun dispositivo corrisponde alla sua ricerca.</translation>
    </message>
    <message>
        <source>No device has this status.</source>
        <translation>Nessun dispositivo ha questo stato.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivi</translation>
    </message>
    <message>
        <source>Device counts</source>
        <translation>Conteggio dispositivi</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Reload the list now (it also refreshes by itself every 30 seconds)</source>
        <translation>Ricarica subito l’elenco (si aggiorna anche automaticamente ogni 30 secondi)</translation>
    </message>
    <message>
        <source>Activate device</source>
        <translation>Attiva dispositivo</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Search by name, serial number, model or location</source>
        <translation>Cerca per nome, numero di serie, modello o posizione</translation>
    </message>
    <message>
        <source>Search devices</source>
        <translation>Cerca dispositivi</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro stato</translation>
    </message>
    <message>
        <source>No device is pre-activated</source>
        <translation>Nessun dispositivo preattivato</translation>
    </message>
    <message>
        <source>Devices pre-activated for your company appear here. To add a device, activate it with the serial number and the activation code printed on its label.</source>
        <translation>I dispositivi preattivati per la sua azienda vengono visualizzati qui. Per aggiungere un dispositivo, lo attivi con il numero di serie e il codice di attivazione stampati sulla sua etichetta.</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <source>Join %1</source>
        <translation>Si unisca a %1</translation>
    </message>
    <message>
        <source>Join your company</source>
        <translation>Si unisca alla sua azienda</translation>
    </message>
    <message>
        <source>You are invited to join &lt;b&gt;%1&lt;/b&gt; on AKONet. Check your name, choose a password and your language: you will be signed in right away.</source>
        <translation>Ha ricevuto un invito a unirsi a &lt;b&gt;%1&lt;/b&gt; su AKONet. Verifichi il suo nome, scelga una password e la lingua: accederà subito.</translation>
    </message>
    <message>
        <source>AKONet Desktop — Invitation</source>
        <translation>AKONet Desktop — Invito</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Paste the link or the code from the invitation email you received.</source>
        <translation>Incolli il link o il codice dell’email di invito che ha ricevuto.</translation>
    </message>
    <message>
        <source>Link or code from the email</source>
        <translation>Link o codice ricevuto via email</translation>
    </message>
    <message>
        <source>Paste the link or the code here</source>
        <translation>Incolli qui il link o il codice</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Indirizzo email</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Confirm the password</source>
        <translation>Conferma la password</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Join and sign in</source>
        <translation>Unisciti e accedi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message numerus="yes">
        <source>The link works once, for %n hour(s).</source>
        <translation>
            <numerusform>Il link può essere usato una sola volta ed è valido per %n ora.</numerusform>
            <numerusform>Il link può essere usato una sola volta ed è valido per %n ore.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The link works once, for %n day(s).</source>
        <translation>
            <numerusform>Il link può essere usato una sola volta ed è valido per %n giorno.</numerusform>
            <numerusform>Il link può essere usato una sola volta ed è valido per %n giorni.</numerusform>
        </translation>
    </message>
    <message>
        <source>We email them a link to join your company; they choose their own password.</source>
        <translation>Invieremo via email a questa persona un link per unirsi alla sua azienda; sarà lei a scegliere la propria password.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Invio in corso…</translation>
    </message>
    <message>
        <source>Send invitation</source>
        <translation>Invia invito</translation>
    </message>
    <message>
        <source>AKONet Desktop — Invite</source>
        <translation>AKONet Desktop — Invita</translation>
    </message>
    <message>
        <source>Invite a person</source>
        <translation>Invita una persona</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Indirizzo email</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nome@azienda.it</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Language of the email</source>
        <translation>Lingua dell’email</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>The time to enter the code has run out. Enter your password again, then a new code from your app.</source>
        <translation>Il tempo per inserire il codice è scaduto. Inserisca di nuovo la password, poi un nuovo codice della sua app.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Connessione al server…</translation>
    </message>
    <message>
        <source>Checking the system keyring…</source>
        <translation>Verifica del portachiavi di sistema…</translation>
    </message>
    <message>
        <source>Stay signed in on this computer. Your password is never stored; a revocable session key is kept in the system keyring.</source>
        <translation>Mantenga l’accesso su questo computer. La sua password non viene mai salvata; una chiave di sessione revocabile viene conservata nel portachiavi di sistema.</translation>
    </message>
    <message>
        <source>Unavailable: no secure system keyring was found (%1). AKONet never stores sessions in plain files.</source>
        <translation>Non disponibile: non è stato trovato alcun portachiavi di sistema sicuro (%1). AKONet non salva mai le sessioni in file non cifrati.</translation>
    </message>
    <message>
        <source>AKONet Desktop — Sign in</source>
        <translation>AKONet Desktop — Accesso</translation>
    </message>
    <message>
        <source>AKONet</source>
        <translation>AKONet</translation>
    </message>
    <message>
        <source>Sign in to manage your company&apos;s devices</source>
        <translation>Acceda per gestire i dispositivi della sua azienda</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connessione…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Indirizzo email</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nome@azienda.it</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation>Verifica in due passaggi</translation>
    </message>
    <message>
        <source>Enter the 6-digit code your authenticator app shows for AKONet. Lost your phone? Enter one of your recovery codes instead.</source>
        <translation>Inserisca il codice di 6 cifre che la sua app di autenticazione mostra per AKONet. Ha perso il telefono? Inserisca invece uno dei suoi codici di recupero.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>Back to the password</source>
        <translation>Torna alla password</translation>
    </message>
    <message>
        <source>Reactivate my account</source>
        <translation>Riattiva il mio account</translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation>Ricordami</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>Password dimenticata?</translation>
    </message>
    <message>
        <source>New registration</source>
        <translation>Nuova registrazione</translation>
    </message>
    <message>
        <source>I have an invitation</source>
        <translation>Ho un invito</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Casella di posta</translation>
    </message>
    <message>
        <source>Mail sent by the server built into this app (registration and password links)</source>
        <translation>Email inviate dal server integrato nell’app (link di registrazione e di reimpostazione password)</translation>
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
        <translation>Data</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
</context>
<context>
    <name>MailboxWindow</name>
    <message>
        <source>The mailbox cannot be read: %1</source>
        <translation>Impossibile leggere la casella di posta: %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(nessun oggetto)</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Da: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>AKONet Desktop — Mailbox</source>
        <translation>AKONet Desktop — Casella di posta</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Casella di posta</translation>
    </message>
    <message>
        <source>Emails sent by the built-in server. They stay on this computer and need no connection.</source>
        <translation>Email inviate dal server integrato. Restano su questo computer e sono consultabili senza connessione.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Read the mailbox again (it also refreshes every few seconds)</source>
        <translation>Rileggi la casella di posta (si aggiorna anche automaticamente ogni pochi secondi)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>No mail yet. Mail sent by the built-in server appears here.</source>
        <translation>Ancora nessuna email. Le email inviate dal server integrato vengono visualizzate qui.</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Email content</source>
        <translation>Contenuto dell’email</translation>
    </message>
    <message>
        <source>Select an email to read it.</source>
        <translation>Selezioni un’email per leggerla.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ownership transferred to %1. You are now an administrator of the company.</source>
        <translation>Il ruolo di proprietario è stato trasferito a %1. Ora lei è amministratore dell’azienda.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Proprietario</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Amministratore</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
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
        <translation>Disconnetti</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivi</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Fatturazione</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Il mio account</translation>
    </message>
    <message>
        <source>Activate device</source>
        <translation>Attiva dispositivo</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Strumenti</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Dispositivi</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Disconnetti</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Mailbox (this computer)</source>
        <translation>&amp;Casella di posta (questo computer)</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Change %1</source>
        <translation>Modifica %1</translation>
    </message>
    <message>
        <source>Ownership moves only by a transfer, on the Company page.</source>
        <translation>Il ruolo di proprietario può passare ad altri solo tramite un trasferimento, nella pagina Azienda.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>AKONet Desktop — Change a person</source>
        <translation>AKONet Desktop — Modifica una persona</translation>
    </message>
    <message>
        <source>Change a person</source>
        <translation>Modifica una persona</translation>
    </message>
    <message>
        <source>What this person is in the company. Their email address and password are theirs: only they can change them.</source>
        <translation>La posizione di questa persona nell’azienda. L’indirizzo email e la password sono personali: solo questa persona può modificarli.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Kind and role</source>
        <translation>Tipo e ruolo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Ultimo accesso</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Enter a valid email address, like name@company.com.</source>
        <translation>Inserisca un indirizzo email valido, ad esempio nome@azienda.it.</translation>
    </message>
    <message>
        <source>The two email addresses are different.</source>
        <translation>I due indirizzi email non coincidono.</translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation>Le due password non coincidono.</translation>
    </message>
    <message>
        <source>Enter a valid phone number for this country, e.g. +34 912 345 678.</source>
        <translation>Inserisca un numero di telefono valido per questo paese, ad esempio +39 02 1234 5678.</translation>
    </message>
    <message>
        <source>This number is not valid for the chosen identification type.</source>
        <translation>Questo numero non è valido per il tipo di identificazione scelto.</translation>
    </message>
    <message>
        <source>Choose an identification type of this country.</source>
        <translation>Scelga un tipo di identificazione di questo paese.</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Scelga un paese dall’elenco.</translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation>Scelga una lingua dall’elenco.</translation>
    </message>
    <message>
        <source>Choose a password different from your current one.</source>
        <translation>Scelga una password diversa da quella attuale.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your app, or a recovery code.</source>
        <translation>Inserisca il codice di 6 cifre della sua app o un codice di recupero.</translation>
    </message>
    <message>
        <source>Complete the company step first.</source>
        <translation>Completi prima il passaggio « La sua azienda ».</translation>
    </message>
    <message>
        <source>Paste the whole link or code from the email.</source>
        <translation>Incolli il link o il codice completo dall’email.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Questo campo è obbligatorio.</translation>
    </message>
    <message>
        <source>This is too long (at most %1 characters).</source>
        <translation>Il testo è troppo lungo (massimo %1 caratteri).</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Questo valore non è valido.</translation>
    </message>
    <message>
        <source>The two values are different.</source>
        <translation>I due valori non coincidono.</translation>
    </message>
    <message>
        <source>Not available for this country.</source>
        <translation>Non disponibile per questo paese.</translation>
    </message>
    <message>
        <source>This address contains a special form of a character (such as “ﬁ”, a full-width letter or a sign that looks like a letter). Type it with ordinary letters.</source>
        <translation>Questo indirizzo contiene una forma speciale di un carattere (come «ﬁ», una lettera a larghezza intera o un segno simile a una lettera). Lo digiti con lettere normali.</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Almeno %1 caratteri</translation>
    </message>
    <message>
        <source>At most %1 characters</source>
        <translation>Al massimo %1 caratteri</translation>
    </message>
    <message>
        <source>An uppercase letter</source>
        <translation>Una lettera maiuscola</translation>
    </message>
    <message>
        <source>A digit</source>
        <translation>Una cifra</translation>
    </message>
    <message>
        <source>A symbol, like ! ? # or -</source>
        <translation>Un simbolo, ad esempio ! ? # o -</translation>
    </message>
    <message>
        <source>Not a common password</source>
        <translation>Non una password comune</translation>
    </message>
    <message>
        <source>Not your name or email</source>
        <translation>Né il suo nome né la sua email</translation>
    </message>
    <message>
        <source>No invisible or control characters</source>
        <translation>Nessun carattere invisibile o di controllo</translation>
    </message>
    <message>
        <source>Both passwords match</source>
        <translation>Le due password coincidono</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Molto debole</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Debole</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Discreta</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Molto forte</translation>
    </message>
    <message>
        <source>Wrong email or password. 1 attempt left before the account is blocked.</source>
        <translation>Email o password errati. Resta 1 tentativo prima del blocco dell’account.</translation>
    </message>
    <message>
        <source>Wrong email or password. %1 attempts left.</source>
        <translation>Email o password errati. Restano %1 tentativi.</translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>La password non è corretta.</translation>
    </message>
    <message>
        <source>The password is not correct. 1 attempt left before the account is blocked.</source>
        <translation>La password non è corretta. Resta 1 tentativo prima del blocco dell’account.</translation>
    </message>
    <message>
        <source>The password is not correct. %1 attempts left.</source>
        <translation>La password non è corretta. Restano %1 tentativi.</translation>
    </message>
    <message>
        <source>The code is not correct.</source>
        <translation>Il codice non è corretto.</translation>
    </message>
    <message>
        <source>The code is not correct. 1 attempt left before the account is blocked.</source>
        <translation>Il codice non è corretto. Resta 1 tentativo prima del blocco dell’account.</translation>
    </message>
    <message>
        <source>The code is not correct. %1 attempts left.</source>
        <translation>Il codice non è corretto. Restano %1 tentativi.</translation>
    </message>
    <message>
        <source>This account is blocked after %1 failed attempts. We sent an email explaining how to reactivate it by choosing a new password. No email? Use « Forgot your password? ».</source>
        <translation>Questo account è stato bloccato dopo %1 tentativi non riusciti. Le abbiamo inviato un’email che spiega come riattivarlo scegliendo una nuova password. Non ha ricevuto l’email? Usi « Password dimenticata? ».</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins from this network. Try again in %n second(s).</source>
        <translation>
            <numerusform>Troppi accessi non riusciti da questa rete. Riprovi tra %n secondo.</numerusform>
            <numerusform>Troppi accessi non riusciti da questa rete. Riprovi tra %n secondi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins from this network. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Troppi accessi non riusciti da questa rete. Riprovi tra %n minuto.</numerusform>
            <numerusform>Troppi accessi non riusciti da questa rete. Riprovi tra %n minuti.</numerusform>
        </translation>
    </message>
    <message>
        <source>This link has already been used. Sign in, or ask for a new link.</source>
        <translation>Questo link è già stato utilizzato. Acceda oppure richieda un nuovo link.</translation>
    </message>
    <message>
        <source>This link has expired. Ask for a new one.</source>
        <translation>Questo link è scaduto. Ne richieda uno nuovo.</translation>
    </message>
    <message>
        <source>This link or code is not valid. Paste it again from the email.</source>
        <translation>Questo link o codice non è valido. Lo incolli di nuovo dall’email.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your connection, then retry.</source>
        <translation>Impossibile raggiungere il server. Verifichi la connessione, poi riprovi.</translation>
    </message>
    <message>
        <source>The server is taking too long to answer. Retry in a moment.</source>
        <translation>Il server impiega troppo tempo a rispondere. Riprovi tra qualche istante.</translation>
    </message>
    <message>
        <source>The server had a problem and could not complete this. Retry in a moment.</source>
        <translation>Il server ha riscontrato un problema e non ha potuto completare l’operazione. Riprovi tra qualche istante.</translation>
    </message>
    <message>
        <source>This email address already has an account. Sign in, or use « Forgot your password? ».</source>
        <translation>Esiste già un account con questo indirizzo email. Acceda oppure usi « Password dimenticata? ».</translation>
    </message>
    <message>
        <source>This email address already belongs to an AKONet account.</source>
        <translation>Questo indirizzo email appartiene già a un account AKONet.</translation>
    </message>
    <message>
        <source>This address already has a pending invitation. Send it again from the list instead.</source>
        <translation>Per questo indirizzo esiste già un invito in attesa. Lo invii di nuovo dall’elenco.</translation>
    </message>
    <message>
        <source>This invitation has already been accepted.</source>
        <translation>Questo invito è già stato accettato.</translation>
    </message>
    <message>
        <source>Too many requests from this computer. Wait a few minutes, then retry.</source>
        <translation>Troppe richieste da questo computer. Attenda qualche minuto, poi riprovi.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>La sessione è terminata. Acceda di nuovo.</translation>
    </message>
    <message>
        <source>For your safety this session was ended. Sign in again.</source>
        <translation>Per la sua sicurezza, questa sessione è stata chiusa. Acceda di nuovo.</translation>
    </message>
    <message>
        <source>Some fields need your attention.</source>
        <translation>Alcuni campi richiedono la sua attenzione.</translation>
    </message>
    <message>
        <source>The time to enter the code has run out. Sign in again with your password.</source>
        <translation>Il tempo per inserire il codice è scaduto. Acceda di nuovo con la sua password.</translation>
    </message>
    <message>
        <source>Your company requires two-step verification for administrators. Turn it on in « My account ».</source>
        <translation>La sua azienda richiede la verifica in due passaggi per gli amministratori. La attivi in « Il mio account ».</translation>
    </message>
    <message>
        <source>Two-step verification is already on.</source>
        <translation>La verifica in due passaggi è già attiva.</translation>
    </message>
    <message>
        <source>Two-step verification is not on, or its set-up has expired. Start again.</source>
        <translation>La verifica in due passaggi non è attiva, oppure la sua configurazione è scaduta. Ricominci.</translation>
    </message>
    <message>
        <source>This session has already ended.</source>
        <translation>Questa sessione è già terminata.</translation>
    </message>
    <message>
        <source>The request was refused: %1</source>
        <translation>La richiesta è stata rifiutata: %1</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Si è verificato un errore: %1</translation>
    </message>
</context>
<context>
    <name>PasswordInput</name>
    <message>
        <source>Hide password</source>
        <translation>Nascondi password</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Mostra password</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Forgot your password?</source>
        <translation>Password dimenticata?</translation>
    </message>
    <message>
        <source>Check your inbox</source>
        <translation>Controlli la posta in arrivo</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Scelga una nuova password</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password modificata</translation>
    </message>
    <message>
        <source>Use another address</source>
        <translation>Usa un altro indirizzo</translation>
    </message>
    <message>
        <source>Ask for a new link</source>
        <translation>Richiedi un nuovo link</translation>
    </message>
    <message>
        <source>Change password and sign in</source>
        <translation>Modifica password e accedi</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Modifica password</translation>
    </message>
    <message>
        <source>We sent the email again.</source>
        <translation>Le abbiamo inviato di nuovo l’email.</translation>
    </message>
    <message>
        <source>Paste the link or the code from the email we sent you. It is valid for %1 minutes.</source>
        <translation>Incolli il link o il codice dell’email che le abbiamo inviato. È valido per %1 minuti.</translation>
    </message>
    <message>
        <source>If an account uses %1, we sent it an email with a link to choose a new password. It is valid for %2 minutes.</source>
        <translation>Se %1 è associato a un account, abbiamo inviato a questo indirizzo un’email con un link per scegliere una nuova password. Il link è valido per %2 minuti.</translation>
    </message>
    <message>
        <source>AKONet Desktop — Password recovery</source>
        <translation>AKONet Desktop — Recupero password</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Enter the email address you use to sign in, the one you registered with. We will send it a link to choose a new password. If your account is blocked, the new password also reactivates it.</source>
        <translation>Inserisca l’indirizzo email con cui accede, quello usato per la registrazione. Invieremo a questo indirizzo un link per scegliere una nuova password. Se il suo account è bloccato, la nuova password lo riattiverà.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Indirizzo email</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nome@azienda.it</translation>
    </message>
    <message>
        <source>Send the link</source>
        <translation>Invia il link</translation>
    </message>
    <message>
        <source>Link or code from the email</source>
        <translation>Link o codice ricevuto via email</translation>
    </message>
    <message>
        <source>Paste the link or the code here</source>
        <translation>Incolli qui il link o il codice</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <source>Send it again</source>
        <translation>Invia di nuovo</translation>
    </message>
    <message>
        <source>Choose a new password. Changing it reactivates a blocked account and signs out your other sessions.</source>
        <translation>Scelga una nuova password. Modificarla riattiva un account bloccato e chiude le altre sessioni aperte.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nuova password</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <translation>Conferma la nuova password</translation>
    </message>
    <message>
        <source>Your password has been changed and your account is active. Sign in with your new password.</source>
        <translation>La password è stata modificata e il suo account è attivo. Acceda con la nuova password.</translation>
    </message>
    <message>
        <source>Go to sign-in</source>
        <translation>Vai all’accesso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>RegistrationWizard</name>
    <message>
        <source>Password requirements not met: %1</source>
        <translation>Requisiti della password non soddisfatti: %1</translation>
    </message>
    <message>
        <source>Your email</source>
        <translation>La sua email</translation>
    </message>
    <message>
        <source>Check your inbox</source>
        <translation>Controlli la posta in arrivo</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>La sua azienda</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Il suo account</translation>
    </message>
    <message>
        <source>Step %1 of 3 — %2</source>
        <translation>Passaggio %1 di 3 — %2</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Convalida</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>Open the link in the email we sent you to continue, or paste the link or the code here.</source>
        <translation>Per continuare, apra il link nell’email che le abbiamo inviato, oppure incolli qui il link o il codice.</translation>
    </message>
    <message>
        <source>We sent an email to &lt;b&gt;%1&lt;/b&gt;. Open the link it contains to continue, or paste the link or the code from the email here.</source>
        <translation>Abbiamo inviato un’email a &lt;b&gt;%1&lt;/b&gt;. Per continuare, apra il link che contiene, oppure incolli qui il link o il codice dell’email.</translation>
    </message>
    <message>
        <source>Sent again. It may take a minute to arrive; check your spam folder too.</source>
        <translation>Email inviata di nuovo. Potrebbe impiegare un minuto ad arrivare; controlli anche la cartella della posta indesiderata.</translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation>Scelga un paese</translation>
    </message>
    <message>
        <source>Choose an identification type</source>
        <translation>Scelga un tipo di identificazione</translation>
    </message>
    <message>
        <source>AKONet Desktop — New registration</source>
        <translation>AKONet Desktop — Nuova registrazione</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Enter the address of the person who administers your company&apos;s account. It becomes the username of the owner, the only one who can edit the company profile and see billing. We will send a link to this address to continue the registration.</source>
        <translation>Inserisca l’indirizzo della persona che amministra l’account della sua azienda. Diventerà il nome utente del proprietario, l’unico che può modificare il profilo dell’azienda e consultare la fatturazione. Invieremo a questo indirizzo un link per proseguire la registrazione.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Indirizzo email</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nome@azienda.it</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Confirm the email address</source>
        <translation>Conferma l’indirizzo email</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Link or code from the email</source>
        <translation>Link o codice ricevuto via email</translation>
    </message>
    <message>
        <source>Resend the email</source>
        <translation>Invia di nuovo l’email</translation>
    </message>
    <message>
        <source>Your company&apos;s details. They are saved as you go: you can close this window and open the email link again later.</source>
        <translation>I dati della sua azienda. Vengono salvati man mano: può chiudere questa finestra e riaprire il link dell’email in un secondo momento.</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nome dell’azienda</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Identification type</source>
        <translation>Tipo di identificazione</translation>
    </message>
    <message>
        <source>Identification number</source>
        <translation>Numero di identificazione</translation>
    </message>
    <message>
        <source>Contact phone number</source>
        <translation>Telefono di contatto</translation>
    </message>
    <message>
        <source>Your sign-in details as the company&apos;s owner (super-administrator).</source>
        <translation>I suoi dati di accesso come proprietario (superamministratore) dell’azienda.</translation>
    </message>
    <message>
        <source>Email address / username</source>
        <translation>Indirizzo email / nome utente</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Confirm the password</source>
        <translation>Conferma la password</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Delete the role?</source>
        <translation>Eliminare il ruolo?</translation>
    </message>
    <message>
        <source>Delete the role « %1 »? This cannot be undone.</source>
        <translation>Eliminare il ruolo « %1 »? L’operazione non può essere annullata.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>A new role: name it, choose what it allows, then Save.</source>
        <translation>Un nuovo ruolo: gli dia un nome, scelga che cosa consente, poi faccia clic su Salva.</translation>
    </message>
    <message>
        <source>Held by %1. A role cannot be deleted while people hold it.</source>
        <translation>Assegnato a %1. Un ruolo non può essere eliminato finché è assegnato a qualcuno.</translation>
    </message>
    <message>
        <source>Nobody holds this role yet.</source>
        <translation>Questo ruolo non è ancora assegnato a nessuno.</translation>
    </message>
    <message>
        <source>Give the people who hold it another role first.</source>
        <translation>Assegni prima un altro ruolo alle persone che lo hanno.</translation>
    </message>
    <message>
        <source>Create role</source>
        <translation>Crea ruolo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>AKONet Desktop — Roles</source>
        <translation>AKONet Desktop — Ruoli</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Ruoli</translation>
    </message>
    <message>
        <source>A role says what the users who hold it may do. Administrators and the owner may do everything a role can give.</source>
        <translation>Un ruolo stabilisce che cosa possono fare gli utenti a cui è assegnato. Gli amministratori e il proprietario possono fare tutto ciò che un ruolo può consentire.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Roles of the company</source>
        <translation>Ruoli dell’azienda</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nuovo ruolo</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Users with this role may:</source>
        <translation>Gli utenti con questo ruolo possono:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Application and system</source>
        <translation>Applicazione e sistema</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Ultimo utilizzo</translation>
    </message>
    <message>
        <source>Unknown application</source>
        <translation>Applicazione sconosciuta</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Questo computer</translation>
    </message>
    <message>
        <source>Signed in %1</source>
        <translation>Accesso effettuato il %1</translation>
    </message>
</context>
<context>
    <name>StatementsModel</name>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Billed devices</source>
        <translation>Dispositivi fatturati</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
</context>
<context>
    <name>TotpDisableDialog</name>
    <message>
        <source>Turning off…</source>
        <translation>Disattivazione…</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Disattiva</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>AKONet Desktop — Two-step verification</source>
        <translation>AKONet Desktop — Verifica in due passaggi</translation>
    </message>
    <message>
        <source>Turn off two-step verification</source>
        <translation>Disattiva la verifica in due passaggi</translation>
    </message>
    <message>
        <source>Your account will be protected by your password alone. Confirm with your password and a code from your authenticator app (or a recovery code).</source>
        <translation>Il suo account sarà protetto solo dalla password. Confermi con la password e un codice della sua app di autenticazione (o un codice di recupero).</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Code from the app, or a recovery code</source>
        <translation>Codice dell’app o codice di recupero</translation>
    </message>
</context>
<context>
    <name>TotpSetupDialog</name>
    <message>
        <source>AKONet recovery codes for %1</source>
        <translation>Codici di recupero AKONet di %1</translation>
    </message>
    <message>
        <source>Each code signs you in once, in place of the code from your authenticator app.</source>
        <translation>Ogni codice le permette di accedere una volta, al posto del codice della sua app di autenticazione.</translation>
    </message>
    <message>
        <source>Save the recovery codes</source>
        <translation>Salva i codici di recupero</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>File di testo (*.txt)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Non è stato possibile salvare il file: %1</translation>
    </message>
    <message>
        <source>Two-step verification is on</source>
        <translation>La verifica in due passaggi è attiva</translation>
    </message>
    <message>
        <source>Turn on two-step verification</source>
        <translation>Attiva la verifica in due passaggi</translation>
    </message>
    <message>
        <source>Your company requires two-step verification for administrators. Enter your password to start; you will need an authenticator app on your phone.</source>
        <translation>La sua azienda richiede la verifica in due passaggi per gli amministratori. Inserisca la password per iniziare; le servirà un’app di autenticazione sul telefono.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiato</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>Copia la chiave</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Salvato in %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>AKONet Desktop — Two-step verification</source>
        <translation>AKONet Desktop — Verifica in due passaggi</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Enter your password to start. You will need an authenticator app on your phone.</source>
        <translation>Inserisca la password per iniziare. Le servirà un’app di autenticazione sul telefono.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <source>1. Scan this code with your authenticator app.</source>
        <translation>1. Inquadri questo codice con la sua app di autenticazione.</translation>
    </message>
    <message>
        <source>QR code to scan</source>
        <translation>Codice QR da inquadrare</translation>
    </message>
    <message>
        <source>Cannot scan it? Enter this key in the app instead (time-based):</source>
        <translation>Non riesce a inquadrarlo? Inserisca invece questa chiave nell’app (basata sul tempo):</translation>
    </message>
    <message>
        <source>Key for manual entry</source>
        <translation>Chiave da inserire a mano</translation>
    </message>
    <message>
        <source>2. Enter the 6-digit code the app shows</source>
        <translation>2. Inserisca il codice di 6 cifre che l’app mostra</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <source>Two-step verification is on. Keep these recovery codes somewhere safe, away from your phone: each one signs you in once if you lose your phone. They are shown only now.</source>
        <translation>La verifica in due passaggi è attiva. Conservi questi codici di recupero in un luogo sicuro, lontano dal telefono: ognuno le permette di accedere una volta se perde il telefono. Sono mostrati solo ora.</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Codici di recupero</translation>
    </message>
    <message>
        <source>Save as text file…</source>
        <translation>Salva come file di testo…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
</context>
<context>
    <name>TransferOwnershipDialog</name>
    <message>
        <source>The password is not correct.</source>
        <translation>La password non è corretta.</translation>
    </message>
    <message numerus="yes">
        <source>The password is not correct. %n attempt(s) left before your account is blocked.</source>
        <translation>
            <numerusform>La password non è corretta. Resta %n tentativo prima del blocco del suo account.</numerusform>
            <numerusform>La password non è corretta. Restano %n tentativi prima del blocco del suo account.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your account is blocked after too many wrong passwords, and the company is still yours. We sent you an email explaining how to reactivate your account by choosing a new password.</source>
        <translation>Il suo account è stato bloccato dopo troppe password errate; lei resta il proprietario dell’azienda. Le abbiamo inviato un’email che spiega come riattivare l’account scegliendo una nuova password.</translation>
    </message>
    <message>
        <source>%1 is no longer an active administrator of the company (blocked, removed or given another role). Choose someone else.</source>
        <translation>%1 non è più un amministratore attivo dell’azienda (account bloccato o rimosso, oppure ruolo modificato). Scelga un’altra persona.</translation>
    </message>
    <message>
        <source>You are no longer the owner of this company, so you cannot transfer it. Sign out and sign in again to see what you can do now.</source>
        <translation>Lei non è più il proprietario di questa azienda, quindi non può trasferirne il ruolo di proprietario. Si disconnetta e acceda di nuovo per vedere che cosa può fare ora.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; becomes the owner: only they can edit the company profile, see billing and transfer the company again.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; diventerà il proprietario: solo questa persona potrà modificare il profilo dell’azienda, consultare la fatturazione e trasferire di nuovo il ruolo di proprietario.</translation>
    </message>
    <message>
        <source>The administrator you choose becomes the owner: only they can edit the company profile, see billing and transfer the company again.</source>
        <translation>L’amministratore scelto diventerà il proprietario: solo questa persona potrà modificare il profilo dell’azienda, consultare la fatturazione e trasferire di nuovo il ruolo di proprietario.</translation>
    </message>
    <message>
        <source>You become an administrator: you keep managing devices and people.</source>
        <translation>Lei diventerà amministratore: continuerà a gestire dispositivi e persone.</translation>
    </message>
    <message>
        <source>You both receive an email about the change.</source>
        <translation>Entrambi riceverete un’email che segnala la modifica.</translation>
    </message>
    <message>
        <source>Hand &lt;b&gt;%1&lt;/b&gt; over to one of its administrators. Once you confirm:</source>
        <translation>Trasferisca il ruolo di proprietario di &lt;b&gt;%1&lt;/b&gt; a uno dei suoi amministratori. Dopo la conferma:</translation>
    </message>
    <message>
        <source>Transferring…</source>
        <translation>Trasferimento…</translation>
    </message>
    <message>
        <source>Transfer ownership</source>
        <translation>Trasferisci il ruolo di proprietario</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>AKONet Desktop — Transfer ownership</source>
        <translation>AKONet Desktop — Trasferisci il ruolo di proprietario</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Nuovo proprietario</translation>
    </message>
    <message>
        <source>Search by name or email</source>
        <translation>Cerca per nome o email</translation>
    </message>
    <message>
        <source>Search administrators</source>
        <translation>Cerca amministratori</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Amministratori</translation>
    </message>
    <message>
        <source>Your company has no active administrator to hand it over to. Invite an administrator first (or make a member an administrator), then come back here.</source>
        <translation>La sua azienda non ha alcun amministratore attivo a cui trasferire il ruolo di proprietario. Inviti prima un amministratore (oppure renda amministratore una persona dell’azienda), poi torni qui.</translation>
    </message>
    <message>
        <source>Your current password</source>
        <translation>La sua password attuale</translation>
    </message>
</context>
<context>
    <name>UsersTexts</name>
    <message>
        <source>Owner</source>
        <translation>Proprietario</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Amministratore</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Owner: every privilege; the only one who edits the company profile and sees billing.</source>
        <translation>Proprietario: tutti i privilegi; l’unico che può modificare il profilo dell’azienda e consultare la fatturazione.</translation>
    </message>
    <message>
        <source>Administrator: manages devices, users and roles; not the profile or billing.</source>
        <translation>Amministratore: gestisce dispositivi, utenti e ruoli; non il profilo né la fatturazione.</translation>
    </message>
    <message>
        <source>User: may do what their role allows.</source>
        <translation>Utente: può fare ciò che il suo ruolo consente.</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Tecnico</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Visualizzatore</translation>
    </message>
    <message>
        <source>Activate devices</source>
        <translation>Attivare dispositivi</translation>
    </message>
    <message>
        <source>Rename devices and change their location</source>
        <translation>Rinominare dispositivi e modificarne la posizione</translation>
    </message>
    <message>
        <source>Edit the company profile</source>
        <translation>Modificare il profilo dell’azienda</translation>
    </message>
    <message>
        <source>See billing</source>
        <translation>Consultare la fatturazione</translation>
    </message>
    <message>
        <source>Can only look</source>
        <translation>Solo consultazione</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln utente</numerusform>
            <numerusform>%Ln utenti</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitato</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloccato</translation>
    </message>
    <message>
        <source>Active: can sign in.</source>
        <translation>Attivo: può accedere.</translation>
    </message>
    <message>
        <source>Invited: has not accepted the invitation yet.</source>
        <translation>Invitato: non ha ancora accettato l’invito.</translation>
    </message>
    <message>
        <source>Locked after too many wrong passwords: unlock, or let them reset the password.</source>
        <translation>Bloccato dopo troppe password errate: sblocchi l’account oppure lasci che la persona reimposti la password.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln persone</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches this search.</source>
        <translation>Nessuna persona corrisponde a questa ricerca.</translation>
    </message>
    <message>
        <source>Nobody here yet. Invite the people who work with you.</source>
        <translation>Ancora nessuno qui. Inviti le persone che lavorano con lei.</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Lei)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Invitation sent %1</source>
        <translation>Invito inviato %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Valido fino a %1</translation>
    </message>
    <message>
        <source>Invitation sent to %1.</source>
        <translation>Invito inviato a %1.</translation>
    </message>
    <message>
        <source>Invitation sent again to %1.</source>
        <translation>Invito inviato di nuovo a %1.</translation>
    </message>
    <message>
        <source>The invitation of %1 was revoked.</source>
        <translation>L’invito per %1 è stato revocato.</translation>
    </message>
    <message>
        <source>%1 is unlocked and was told by email.</source>
        <translation>L’account %1 è stato sbloccato e la persona è stata informata via email.</translation>
    </message>
    <message>
        <source>A password reset email was sent to %1.</source>
        <translation>È stata inviata a %1 un’email di reimpostazione della password.</translation>
    </message>
    <message>
        <source>%1 was removed from the company.</source>
        <translation>L’account %1 è stato rimosso dall’azienda.</translation>
    </message>
    <message>
        <source>Changes to %1 saved.</source>
        <translation>Le modifiche a %1 sono state salvate.</translation>
    </message>
    <message>
        <source>The owner can be neither removed nor made an administrator or user. Transfer ownership first.</source>
        <translation>Il proprietario non può essere rimosso né diventare amministratore o utente. Trasferisca prima il ruolo di proprietario.</translation>
    </message>
    <message>
        <source>You cannot remove your own account.</source>
        <translation>Non può rimuovere il suo account.</translation>
    </message>
    <message>
        <source>People or pending invitations hold this role. Give them another role first.</source>
        <translation>Questo ruolo è assegnato a persone o a inviti in attesa. Assegni prima loro un altro ruolo.</translation>
    </message>
    <message>
        <source>Another role already has this name.</source>
        <translation>Esiste già un altro ruolo con questo nome.</translation>
    </message>
    <message>
        <source>Only the owner and administrators can manage users.</source>
        <translation>Solo il proprietario e gli amministratori possono gestire gli utenti.</translation>
    </message>
    <message>
        <source>This person or role no longer exists. The list was refreshed.</source>
        <translation>Questa persona o questo ruolo non esiste più. L’elenco è stato aggiornato.</translation>
    </message>
    <message>
        <source>This invitation has already been accepted. The list was refreshed.</source>
        <translation>Questo invito è già stato accettato. L’elenco è stato aggiornato.</translation>
    </message>
    <message>
        <source>Enter a name for the role.</source>
        <translation>Inserisca un nome per il ruolo.</translation>
    </message>
    <message>
        <source>The role name contains characters that are not allowed.</source>
        <translation>Il nome del ruolo contiene caratteri non consentiti.</translation>
    </message>
    <message>
        <source>Choose a role for this user.</source>
        <translation>Scelga un ruolo per questo utente.</translation>
    </message>
    <message>
        <source>Choose one of the company&apos;s roles.</source>
        <translation>Scelga uno dei ruoli dell’azienda.</translation>
    </message>
    <message>
        <source>Choose administrator or user.</source>
        <translation>Scelga amministratore o utente.</translation>
    </message>
    <message>
        <source>Enter the first name.</source>
        <translation>Inserisca il nome.</translation>
    </message>
    <message>
        <source>Enter the last name.</source>
        <translation>Inserisca il cognome.</translation>
    </message>
    <message>
        <source>Enter the email address to invite.</source>
        <translation>Inserisca l’indirizzo email da invitare.</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>Remove %1?</source>
        <translation>Rimuovere %1?</translation>
    </message>
    <message>
        <source>%1 (%2) will be signed out at once and can no longer sign in. Their address is free to be invited again. This cannot be undone.</source>
        <translation>Le sessioni di %1 (%2) verranno chiuse subito e non sarà più possibile accedere con questo account. L’indirizzo potrà essere invitato di nuovo. L’operazione non può essere annullata.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Revoke the invitation?</source>
        <translation>Revocare l’invito?</translation>
    </message>
    <message>
        <source>The link sent to %1 will stop working. You can invite them again later.</source>
        <translation>Il link inviato a %1 non funzionerà più. Potrà invitare di nuovo questa persona in seguito.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoca</translation>
    </message>
    <message>
        <source>The owner cannot be removed. Transfer ownership first, on the Company page.</source>
        <translation>Il proprietario non può essere rimosso. Trasferisca prima il ruolo di proprietario, nella pagina Azienda.</translation>
    </message>
    <message>
        <source>You cannot remove your own account.</source>
        <translation>Non può rimuovere il suo account.</translation>
    </message>
    <message>
        <source>Remove this person from the company: their sessions end at once</source>
        <translation>Rimuove questa persona dall’azienda: le sue sessioni vengono chiuse subito</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Numero di persone</translation>
    </message>
    <message>
        <source>Roles…</source>
        <translation>Ruoli…</translation>
    </message>
    <message>
        <source>Create roles and choose what each lets its users do</source>
        <translation>Crea i ruoli e stabilisce che cosa consente ciascuno ai propri utenti</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>Invita…</translation>
    </message>
    <message>
        <source>Invite a person by email to join your company</source>
        <translation>Invita una persona via email a unirsi alla sua azienda</translation>
    </message>
    <message>
        <source>The people of your company and the invitations waiting for an answer. Administrators manage devices, users and roles; users do what their role allows.</source>
        <translation>Le persone della sua azienda e gli inviti in attesa di risposta. Gli amministratori gestiscono dispositivi, utenti e ruoli; gli utenti fanno ciò che il loro ruolo consente.</translation>
    </message>
    <message>
        <source>Search by name or email address</source>
        <translation>Cerca per nome o indirizzo email</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Cerca persone</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro stato</translation>
    </message>
    <message>
        <source>Show only people with this status</source>
        <translation>Mostra solo le persone con questo stato</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Load the list again now</source>
        <translation>Ricarica subito l’elenco</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Change kind or role…</source>
        <translation>Modifica tipo o ruolo…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Sblocca</translation>
    </message>
    <message>
        <source>Let this person sign in again; they get an email saying who unlocked the account</source>
        <translation>Consente a questa persona di accedere di nuovo; riceverà un’email che indica chi ha sbloccato l’account</translation>
    </message>
    <message>
        <source>Send password reset</source>
        <translation>Invia reimpostazione password</translation>
    </message>
    <message>
        <source>Email this person a link to choose a new password; nobody else ever sees it</source>
        <translation>Invia via email a questa persona un link per scegliere una nuova password, che nessun altro vedrà mai</translation>
    </message>
    <message>
        <source>Send invitation again</source>
        <translation>Invia di nuovo l’invito</translation>
    </message>
    <message>
        <source>Revoke invitation…</source>
        <translation>Revoca invito…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Rimuovi…</translation>
    </message>
</context>
</TS>
