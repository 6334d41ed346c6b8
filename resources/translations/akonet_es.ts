<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountPage</name>
    <message>
        <source>Your name was saved.</source>
        <translation>Se ha guardado su nombre.</translation>
    </message>
    <message>
        <source>Your password was changed and your other sessions were signed out.</source>
        <translation>Se ha cambiado su contraseña y se han cerrado sus otras sesiones.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Se ha cambiado su contraseña.</translation>
    </message>
    <message>
        <source>Two-step verification is on.</source>
        <translation>La verificación en dos pasos está activada.</translation>
    </message>
    <message>
        <source>Two-step verification is off.</source>
        <translation>La verificación en dos pasos está desactivada.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>The session was signed out.</source>
        <translation>Se ha cerrado la sesión.</translation>
    </message>
    <message>
        <source>Every other session was signed out.</source>
        <translation>Se han cerrado todas las demás sesiones.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>On: signing in asks for a code from your authenticator app.</source>
        <translation>Activada: al iniciar sesión se pide un código de su aplicación de autenticación.</translation>
    </message>
    <message>
        <source>Off: your password alone signs you in.</source>
        <translation>Desactivada: basta su contraseña para iniciar sesión.</translation>
    </message>
    <message>
        <source>Turn off…</source>
        <translation>Desactivar…</translation>
    </message>
    <message>
        <source>Set up two-step verification…</source>
        <translation>Configurar la verificación en dos pasos…</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Mi cuenta</translation>
    </message>
    <message>
        <source>Your company requires two-step verification for administrators. Set it up to continue: the other pages open once it is on.</source>
        <translation>Su empresa exige la verificación en dos pasos a los administradores. Configúrela para continuar: las demás páginas se abren en cuanto esté activada.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The interface and the emails AKONet sends you use this language.</source>
        <translation>La interfaz y los correos que AKONet le envía usan este idioma.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Change the password you sign in with. Your other sessions can be signed out at the same time.</source>
        <translation>Cambie la contraseña con la que inicia sesión. Sus otras sesiones pueden cerrarse al mismo tiempo.</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Cambiar la contraseña…</translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation>Verificación en dos pasos</translation>
    </message>
    <message>
        <source>After your password, AKONet asks for a 6-digit code from an authenticator app on your phone (such as Google Authenticator, Microsoft Authenticator or FreeOTP).</source>
        <translation>Después de su contraseña, AKONet pide un código de 6 dígitos de una aplicación de autenticación de su teléfono (como Google Authenticator, Microsoft Authenticator o FreeOTP).</translation>
    </message>
    <message>
        <source>Turn on…</source>
        <translation>Activar…</translation>
    </message>
    <message>
        <source>Signed-in sessions</source>
        <translation>Sesiones iniciadas</translation>
    </message>
    <message>
        <source>Where your account is signed in now. Signing a session out ends it at once on that computer.</source>
        <translation>Dónde tiene su cuenta la sesión iniciada ahora. Cerrar una sesión la termina al instante en ese ordenador.</translation>
    </message>
    <message>
        <source>Sign out everywhere else</source>
        <translation>Cerrar sesión en todos los demás sitios</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
</context>
<context>
    <name>ActivateDeviceDialog</name>
    <message>
        <source>Activating…</source>
        <translation>Activando…</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>AKONet Desktop — Activate device</source>
        <translation>AKONet Desktop — Activar dispositivo</translation>
    </message>
    <message>
        <source>Activate a device</source>
        <translation>Activar un dispositivo</translation>
    </message>
    <message>
        <source>Enter the serial number and the activation code printed on the device&apos;s label. The device then joins your company&apos;s list.</source>
        <translation>Introduzca el número de serie y el código de activación impresos en la etiqueta del dispositivo. El dispositivo se añadirá entonces a la lista de su empresa.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>e.g. K7P2M9Q4XA</source>
        <translation>p. ej. K7P2M9Q4XA</translation>
    </message>
    <message>
        <source>Activation code</source>
        <translation>Código de activación</translation>
    </message>
    <message>
        <source>e.g. 7K3M-9QPX-2W4R</source>
        <translation>p. ej. 7K3M-9QPX-2W4R</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Nombre (opcional)</translation>
    </message>
    <message>
        <source>e.g. Cold room 2</source>
        <translation>p. ej. Cámara frigorífica 2</translation>
    </message>
    <message>
        <source>Location (optional)</source>
        <translation>Ubicación (opcional)</translation>
    </message>
    <message>
        <source>e.g. Valencia store, back room</source>
        <translation>p. ej. Tienda de Valencia, trastienda</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>From the address %1</source>
        <translation>Desde la dirección %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>ActivityTexts</name>
    <message>
        <source>Invitation sent</source>
        <translation>Invitación enviada</translation>
    </message>
    <message>
        <source>Invitation sent again</source>
        <translation>Invitación reenviada</translation>
    </message>
    <message>
        <source>Invitation revoked</source>
        <translation>Invitación revocada</translation>
    </message>
    <message>
        <source>Invitation accepted</source>
        <translation>Invitación aceptada</translation>
    </message>
    <message>
        <source>Role created</source>
        <translation>Rol creado</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rol modificado</translation>
    </message>
    <message>
        <source>Role deleted</source>
        <translation>Rol eliminado</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Usuario modificado</translation>
    </message>
    <message>
        <source>User removed</source>
        <translation>Usuario eliminado</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Cuenta desbloqueada</translation>
    </message>
    <message>
        <source>Password reset sent</source>
        <translation>Restablecimiento de contraseña enviado</translation>
    </message>
    <message>
        <source>Ownership transferred</source>
        <translation>Propiedad transferida</translation>
    </message>
    <message>
        <source>Company profile edited</source>
        <translation>Perfil de la empresa modificado</translation>
    </message>
    <message>
        <source>Billing details edited</source>
        <translation>Datos de facturación modificados</translation>
    </message>
    <message>
        <source>Device activated</source>
        <translation>Dispositivo activado</translation>
    </message>
    <message>
        <source>Device renamed or moved</source>
        <translation>Dispositivo renombrado o reubicado</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>location</source>
        <translation>ubicación</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>apellidos</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>privileges</source>
        <translation>privilegios</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies)</source>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>No action of this kind was recorded.</source>
        <translation>No se ha registrado ninguna acción de este tipo.</translation>
    </message>
    <message>
        <source>No administrative action was recorded yet.</source>
        <translation>Todavía no se ha registrado ninguna acción administrativa.</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (eliminado)</translation>
    </message>
</context>
<context>
    <name>ActivityView</name>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>Número de entradas</translation>
    </message>
    <message>
        <source>Kind of action</source>
        <translation>Tipo de acción</translation>
    </message>
    <message>
        <source>Show only one kind of action</source>
        <translation>Mostrar solo un tipo de acción</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Load the newest entries now</source>
        <translation>Cargar ahora las entradas más recientes</translation>
    </message>
    <message>
        <source>Every administrative action in your company, newest first: who did it, when, from which address, and what changed.</source>
        <translation>Cada acción administrativa de su empresa, de la más reciente a la más antigua: quién la realizó, cuándo, desde qué dirección y qué cambió.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Registro de actividad</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The built-in server could not start: %1</source>
        <translation>No se ha podido iniciar el servidor integrado: %1</translation>
    </message>
    <message>
        <source>This link cannot be opened: %1</source>
        <translation>No se puede abrir este enlace: %1</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Your organisation&apos;s AKONet server address (leave empty to use the server built into this app):</source>
        <translation>Dirección del servidor AKONet de su organización (déjela vacía para usar el servidor integrado en la aplicación):</translation>
    </message>
</context>
<context>
    <name>BillingPage</name>
    <message>
        <source>Per device: %1 for each device and month it is active in.</source>
        <translation>Por dispositivo: %1 por cada dispositivo y cada mes en que esté activo.</translation>
    </message>
    <message>
        <source>%1 (so far, until the end of the month)</source>
        <translation>%1 (en curso, hasta el final del mes)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>No payment is processed here: the statements show what would be invoiced.</source>
        <translation>Aquí no se procesa ningún pago: los extractos muestran lo que se facturaría.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Current period</source>
        <translation>Periodo actual</translation>
    </message>
    <message>
        <source>Billed devices</source>
        <translation>Dispositivos facturados</translation>
    </message>
    <message>
        <source>Amount so far</source>
        <translation>Importe hasta la fecha</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Extractos</translation>
    </message>
    <message>
        <source>Billing details</source>
        <translation>Datos de facturación</translation>
    </message>
    <message>
        <source>Billing email</source>
        <translation>Correo electrónico de facturación</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Dirección de facturación</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Changing…</source>
        <translation>Cambiando…</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar la contraseña</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>AKONet Desktop — Change password</source>
        <translation>AKONet Desktop — Cambiar la contraseña</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <translation>Confirme la nueva contraseña</translation>
    </message>
    <message>
        <source>Sign out my other sessions</source>
        <translation>Cerrar mis otras sesiones</translation>
    </message>
    <message>
        <source>Recommended if you think someone else knows your password: every other computer where you are signed in has to sign in again.</source>
        <translation>Recomendado si cree que otra persona conoce su contraseña: en todos los demás ordenadores donde tiene la sesión iniciada habrá que volver a iniciarla.</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>Turn on two-step verification for yourself first (My account), then require it.</source>
        <translation>Active primero la verificación en dos pasos para usted (Mi cuenta) y después exíjala.</translation>
    </message>
    <message>
        <source>Only the company&apos;s owner can change its profile.</source>
        <translation>Solo el propietario de la empresa puede modificar su perfil.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for yourself first, on the « My account » page: the owner is one of the people the rule applies to.</source>
        <translation>Active primero la verificación en dos pasos para usted, en la página «Mi cuenta»: la regla también se aplica al propietario.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>You and every administrator then sign in with a code from an authenticator app after the password. An administrator who has not set it up yet can only set it up at the next sign-in.</source>
        <translation>Usted y cada administrador iniciarán sesión con un código de una aplicación de autenticación después de la contraseña. Un administrador que aún no la haya configurado solo podrá configurarla en su próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Identification type</source>
        <translation>Tipo de identificación</translation>
    </message>
    <message>
        <source>Identification number</source>
        <translation>Número de identificación</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Teléfono de contacto</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Require two-step verification for administrators</source>
        <translation>Exigir la verificación en dos pasos a los administradores</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>You own this company on AKONet: only you can change its profile and see its billing. You can hand it over to one of its administrators; you then stay an administrator.</source>
        <translation>Usted es el propietario de esta empresa en AKONet: solo usted puede modificar su perfil y consultar su facturación. Puede transferirla a uno de sus administradores; después seguirá siendo administrador.</translation>
    </message>
    <message>
        <source>Transfer ownership…</source>
        <translation>Transferir la propiedad…</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>AKONet Desktop — Device</source>
        <translation>AKONet Desktop — Dispositivo</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activado el</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
</context>
<context>
    <name>DeviceTexts</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarma</translation>
    </message>
    <message>
        <source>Active: the device is in contact and reports no alarm.</source>
        <translation>Activo: el dispositivo está en contacto y no notifica ninguna alarma.</translation>
    </message>
    <message>
        <source>Inactive: no contact with the device for a while.</source>
        <translation>Inactivo: no hay contacto con el dispositivo desde hace un tiempo.</translation>
    </message>
    <message>
        <source>Alarm: the device reports an alarm.</source>
        <translation>Alarma: el dispositivo notifica una alarma.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>Ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>Hace %n minuto</numerusform>
            <numerusform>Hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>Hace %n hora</numerusform>
            <numerusform>Hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>Hace %n día</numerusform>
            <numerusform>Hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln dispositivo</numerusform>
            <numerusform>%Ln dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in alarm</source>
        <translation>
            <numerusform>%Ln en alarma</numerusform>
            <numerusform>%Ln en alarma</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching</source>
        <translation>
            <numerusform>%Ln coincidente</numerusform>
            <numerusform>%Ln coincidentes</numerusform>
        </translation>
    </message>
    <message>
        <source>No device matches this serial number and activation code. Check both on the device&apos;s label; a device already activated by another company cannot be activated here.</source>
        <translation>Ningún dispositivo coincide con este número de serie y este código de activación. Compruebe ambos en la etiqueta del dispositivo; un dispositivo ya activado por otra empresa no se puede activar aquí.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong activation codes. Wait %n minute(s), then try again.</source>
        <translation>
            <numerusform>Demasiados códigos de activación incorrectos. Espere %n minuto y vuelva a intentarlo.</numerusform>
            <numerusform>Demasiados códigos de activación incorrectos. Espere %n minutos y vuelva a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role does not allow activating devices. Ask an owner or administrator of your company.</source>
        <translation>Su rol no permite activar dispositivos. Pídaselo a un propietario o administrador de su empresa.</translation>
    </message>
    <message>
        <source>This device is already in your company&apos;s list.</source>
        <translation>Este dispositivo ya está en la lista de su empresa.</translation>
    </message>
    <message>
        <source>Your role does not allow renaming devices. Ask an owner or administrator of your company.</source>
        <translation>Su rol no permite cambiar el nombre de los dispositivos. Pídaselo a un propietario o administrador de su empresa.</translation>
    </message>
    <message>
        <source>This device is no longer in your company&apos;s list.</source>
        <translation>Este dispositivo ya no está en la lista de su empresa.</translation>
    </message>
    <message>
        <source>Your role does not allow this. An administrator of your company can change your role.</source>
        <translation>Su rol no lo permite. Un administrador de su empresa puede cambiar su rol.</translation>
    </message>
    <message>
        <source>Enter the serial number printed on the label.</source>
        <translation>Introduzca el número de serie impreso en la etiqueta.</translation>
    </message>
    <message>
        <source>Enter the activation code printed on the label.</source>
        <translation>Introduzca el código de activación impreso en la etiqueta.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <source>This is too long (at most %1 characters).</source>
        <translation>El texto es demasiado largo (máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>Enter the %1 letters and digits of the serial number, as printed on the label.</source>
        <translation>Introduzca las %1 letras y cifras del número de serie, tal como aparecen en la etiqueta.</translation>
    </message>
    <message>
        <source>Enter the activation code as printed on the label, like %1.</source>
        <translation>Introduzca el código de activación tal como aparece en la etiqueta, por ejemplo %1.</translation>
    </message>
    <message>
        <source>This contains characters that are not allowed.</source>
        <translation>El texto contiene caracteres no permitidos.</translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activado el</translation>
    </message>
    <message>
        <source>Click to sort by this column; click again to reverse the order.</source>
        <translation>Haga clic para ordenar por esta columna; vuelva a hacer clic para invertir el orden.</translation>
    </message>
</context>
<context>
    <name>DevicesView</name>
    <message>
        <source>No device matches your search.</source>
        <translation>Ningún dispositivo coincide con su búsqueda.</translation>
    </message>
    <message>
        <source>No device has this status.</source>
        <translation>Ningún dispositivo tiene este estado.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Device counts</source>
        <translation>Recuento de dispositivos</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Reload the list now (it also refreshes by itself every 30 seconds)</source>
        <translation>Volver a cargar la lista ahora (también se actualiza automáticamente cada 30 segundos)</translation>
    </message>
    <message>
        <source>Activate device</source>
        <translation>Activar dispositivo</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Search by name, serial number, model or location</source>
        <translation>Buscar por nombre, número de serie, modelo o ubicación</translation>
    </message>
    <message>
        <source>Search devices</source>
        <translation>Buscar dispositivos</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>No device is pre-activated</source>
        <translation>No hay ningún dispositivo preactivado</translation>
    </message>
    <message>
        <source>Devices pre-activated for your company appear here. To add a device, activate it with the serial number and the activation code printed on its label.</source>
        <translation>Aquí aparecen los dispositivos preactivados para su empresa. Para añadir un dispositivo, actívelo con el número de serie y el código de activación impresos en su etiqueta.</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <source>Join %1</source>
        <translation>Unirse a %1</translation>
    </message>
    <message>
        <source>Join your company</source>
        <translation>Unirse a su empresa</translation>
    </message>
    <message>
        <source>You are invited to join &lt;b&gt;%1&lt;/b&gt; on AKONet. Check your name, choose a password and your language: you will be signed in right away.</source>
        <translation>Le han invitado a unirse a &lt;b&gt;%1&lt;/b&gt; en AKONet. Compruebe su nombre y elija una contraseña y su idioma: iniciará sesión de inmediato.</translation>
    </message>
    <message>
        <source>AKONet Desktop — Invitation</source>
        <translation>AKONet Desktop — Invitación</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Paste the link or the code from the invitation email you received.</source>
        <translation>Pegue el enlace o el código del correo de invitación que ha recibido.</translation>
    </message>
    <message>
        <source>Link or code from the email</source>
        <translation>Enlace o código del correo</translation>
    </message>
    <message>
        <source>Paste the link or the code here</source>
        <translation>Pegue aquí el enlace o el código</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Confirm the password</source>
        <translation>Confirmar la contraseña</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Join and sign in</source>
        <translation>Unirse e iniciar sesión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message numerus="yes">
        <source>The link works once, for %n hour(s).</source>
        <translation>
            <numerusform>El enlace se puede usar una sola vez durante %n hora.</numerusform>
            <numerusform>El enlace se puede usar una sola vez durante %n horas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The link works once, for %n day(s).</source>
        <translation>
            <numerusform>El enlace se puede usar una sola vez durante %n día.</numerusform>
            <numerusform>El enlace se puede usar una sola vez durante %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>We email them a link to join your company; they choose their own password.</source>
        <translation>Le enviaremos por correo un enlace para unirse a su empresa; esa persona elegirá su propia contraseña.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Send invitation</source>
        <translation>Enviar invitación</translation>
    </message>
    <message>
        <source>AKONet Desktop — Invite</source>
        <translation>AKONet Desktop — Invitar</translation>
    </message>
    <message>
        <source>Invite a person</source>
        <translation>Invitar a una persona</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nombre@empresa.es</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Language of the email</source>
        <translation>Idioma del correo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>The time to enter the code has run out. Enter your password again, then a new code from your app.</source>
        <translation>Se ha agotado el tiempo para introducir el código. Vuelva a introducir su contraseña y después un código nuevo de su aplicación.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Conectando con el servidor…</translation>
    </message>
    <message>
        <source>Checking the system keyring…</source>
        <translation>Comprobando el llavero del sistema…</translation>
    </message>
    <message>
        <source>Stay signed in on this computer. Your password is never stored; a revocable session key is kept in the system keyring.</source>
        <translation>Mantener la sesión iniciada en este equipo. Su contraseña nunca se guarda; se conserva una clave de sesión revocable en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Unavailable: no secure system keyring was found (%1). AKONet never stores sessions in plain files.</source>
        <translation>No disponible: no se ha encontrado ningún llavero seguro del sistema (%1). AKONet nunca guarda las sesiones en archivos sin cifrar.</translation>
    </message>
    <message>
        <source>AKONet Desktop — Sign in</source>
        <translation>AKONet Desktop — Inicio de sesión</translation>
    </message>
    <message>
        <source>AKONet</source>
        <translation>AKONet</translation>
    </message>
    <message>
        <source>Sign in to manage your company&apos;s devices</source>
        <translation>Inicie sesión para gestionar los dispositivos de su empresa</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nombre@empresa.es</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation>Verificación en dos pasos</translation>
    </message>
    <message>
        <source>Enter the 6-digit code your authenticator app shows for AKONet. Lost your phone? Enter one of your recovery codes instead.</source>
        <translation>Introduzca el código de 6 dígitos que su aplicación de autenticación muestra para AKONet. ¿Ha perdido el teléfono? Introduzca en su lugar uno de sus códigos de recuperación.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Back to the password</source>
        <translation>Volver a la contraseña</translation>
    </message>
    <message>
        <source>Reactivate my account</source>
        <translation>Reactivar mi cuenta</translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation>Recordarme</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>¿Ha olvidado su contraseña?</translation>
    </message>
    <message>
        <source>New registration</source>
        <translation>Nuevo registro</translation>
    </message>
    <message>
        <source>I have an invitation</source>
        <translation>Tengo una invitación</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Buzón</translation>
    </message>
    <message>
        <source>Mail sent by the server built into this app (registration and password links)</source>
        <translation>Correos enviados por el servidor integrado en la aplicación (enlaces de registro y de contraseña)</translation>
    </message>
    <message>
        <source>Server…</source>
        <translation>Servidor…</translation>
    </message>
</context>
<context>
    <name>MailboxModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
</context>
<context>
    <name>MailboxWindow</name>
    <message>
        <source>The mailbox cannot be read: %1</source>
        <translation>No se puede leer el buzón: %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <source>AKONet Desktop — Mailbox</source>
        <translation>AKONet Desktop — Buzón</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Buzón</translation>
    </message>
    <message>
        <source>Emails sent by the built-in server. They stay on this computer and need no connection.</source>
        <translation>Correos enviados por el servidor integrado. Permanecen en este equipo y se pueden consultar sin conexión.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Read the mailbox again (it also refreshes every few seconds)</source>
        <translation>Volver a leer el buzón (también se actualiza automáticamente cada pocos segundos)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>No mail yet. Mail sent by the built-in server appears here.</source>
        <translation>Todavía no hay correos. Aquí aparecen los correos enviados por el servidor integrado.</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <source>Email content</source>
        <translation>Contenido del correo</translation>
    </message>
    <message>
        <source>Select an email to read it.</source>
        <translation>Seleccione un correo para leerlo.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ownership transferred to %1. You are now an administrator of the company.</source>
        <translation>Se ha transferido la propiedad a %1. Ahora es usted administrador de la empresa.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
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
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Mi cuenta</translation>
    </message>
    <message>
        <source>Activate device</source>
        <translation>Activar dispositivo</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Dispositivos</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Mailbox (this computer)</source>
        <translation>&amp;Buzón (este equipo)</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Change %1</source>
        <translation>Modificar a %1</translation>
    </message>
    <message>
        <source>Ownership moves only by a transfer, on the Company page.</source>
        <translation>La propiedad solo cambia mediante una transferencia, en la página «Empresa».</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>AKONet Desktop — Change a person</source>
        <translation>AKONet Desktop — Modificar a una persona</translation>
    </message>
    <message>
        <source>Change a person</source>
        <translation>Modificar a una persona</translation>
    </message>
    <message>
        <source>What this person is in the company. Their email address and password are theirs: only they can change them.</source>
        <translation>El papel de esta persona en la empresa. Su correo electrónico y su contraseña le pertenecen: solo ella puede cambiarlos.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Kind and role</source>
        <translation>Tipo y rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Enter a valid email address, like name@company.com.</source>
        <translation>Introduzca un correo electrónico válido, por ejemplo nombre@empresa.es.</translation>
    </message>
    <message>
        <source>The two email addresses are different.</source>
        <translation>Los dos correos electrónicos no coinciden.</translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Enter a valid phone number for this country, e.g. +34 912 345 678.</source>
        <translation>Introduzca un número de teléfono válido para este país, por ejemplo +34 912 345 678.</translation>
    </message>
    <message>
        <source>This number is not valid for the chosen identification type.</source>
        <translation>Este número no es válido para el tipo de identificación elegido.</translation>
    </message>
    <message>
        <source>Choose an identification type of this country.</source>
        <translation>Elija un tipo de identificación de este país.</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Elija un país de la lista.</translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation>Elija un idioma de la lista.</translation>
    </message>
    <message>
        <source>Choose a password different from your current one.</source>
        <translation>Elija una contraseña distinta de la actual.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your app, or a recovery code.</source>
        <translation>Introduzca el código de 6 dígitos de su aplicación o un código de recuperación.</translation>
    </message>
    <message>
        <source>Complete the company step first.</source>
        <translation>Complete primero el paso «Su empresa».</translation>
    </message>
    <message>
        <source>Paste the whole link or code from the email.</source>
        <translation>Pegue el enlace o el código completo del correo.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <source>This is too long (at most %1 characters).</source>
        <translation>El texto es demasiado largo (máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Este valor no es válido.</translation>
    </message>
    <message>
        <source>The two values are different.</source>
        <translation>Los dos valores no coinciden.</translation>
    </message>
    <message>
        <source>Not available for this country.</source>
        <translation>No disponible para este país.</translation>
    </message>
    <message>
        <source>This address contains a special form of a character (such as “ﬁ”, a full-width letter or a sign that looks like a letter). Type it with ordinary letters.</source>
        <translation>Esta dirección contiene una forma especial de un carácter (como «ﬁ», una letra de ancho completo o un signo que parece una letra). Escríbala con letras normales.</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Al menos %1 caracteres</translation>
    </message>
    <message>
        <source>At most %1 characters</source>
        <translation>Como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>An uppercase letter</source>
        <translation>Una letra mayúscula</translation>
    </message>
    <message>
        <source>A digit</source>
        <translation>Un número</translation>
    </message>
    <message>
        <source>A symbol, like ! ? # or -</source>
        <translation>Un símbolo, como ! ? # o -</translation>
    </message>
    <message>
        <source>Not a common password</source>
        <translation>Que no sea una contraseña habitual</translation>
    </message>
    <message>
        <source>Not your name or email</source>
        <translation>Que no contenga su nombre ni su correo</translation>
    </message>
    <message>
        <source>No invisible or control characters</source>
        <translation>Sin caracteres invisibles ni de control</translation>
    </message>
    <message>
        <source>Both passwords match</source>
        <translation>Las dos contraseñas coinciden</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Muy débil</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Muy fuerte</translation>
    </message>
    <message>
        <source>Wrong email or password. 1 attempt left before the account is blocked.</source>
        <translation>Correo electrónico o contraseña incorrectos. Le queda 1 intento antes de que se bloquee la cuenta.</translation>
    </message>
    <message>
        <source>Wrong email or password. %1 attempts left.</source>
        <translation>Correo electrónico o contraseña incorrectos. Le quedan %1 intentos.</translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>La contraseña no es correcta.</translation>
    </message>
    <message>
        <source>The password is not correct. 1 attempt left before the account is blocked.</source>
        <translation>La contraseña no es correcta. Le queda 1 intento antes de que se bloquee la cuenta.</translation>
    </message>
    <message>
        <source>The password is not correct. %1 attempts left.</source>
        <translation>La contraseña no es correcta. Le quedan %1 intentos.</translation>
    </message>
    <message>
        <source>The code is not correct.</source>
        <translation>El código no es correcto.</translation>
    </message>
    <message>
        <source>The code is not correct. 1 attempt left before the account is blocked.</source>
        <translation>El código no es correcto. Le queda 1 intento antes de que se bloquee la cuenta.</translation>
    </message>
    <message>
        <source>The code is not correct. %1 attempts left.</source>
        <translation>El código no es correcto. Le quedan %1 intentos.</translation>
    </message>
    <message>
        <source>This account is blocked after %1 failed attempts. We sent an email explaining how to reactivate it by choosing a new password. No email? Use « Forgot your password? ».</source>
        <translation>Esta cuenta se ha bloqueado tras %1 intentos fallidos. Le hemos enviado un correo que explica cómo reactivarla eligiendo una nueva contraseña. ¿No lo ha recibido? Utilice «¿Ha olvidado su contraseña?».</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins from this network. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados inicios de sesión fallidos desde esta red. Vuelva a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>Demasiados inicios de sesión fallidos desde esta red. Vuelva a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins from this network. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Demasiados inicios de sesión fallidos desde esta red. Vuelva a intentarlo dentro de %n minuto.</numerusform>
            <numerusform>Demasiados inicios de sesión fallidos desde esta red. Vuelva a intentarlo dentro de %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>This link has already been used. Sign in, or ask for a new link.</source>
        <translation>Este enlace ya se ha utilizado. Inicie sesión o solicite un enlace nuevo.</translation>
    </message>
    <message>
        <source>This link has expired. Ask for a new one.</source>
        <translation>Este enlace ha caducado. Solicite uno nuevo.</translation>
    </message>
    <message>
        <source>This link or code is not valid. Paste it again from the email.</source>
        <translation>Este enlace o código no es válido. Vuelva a pegarlo desde el correo.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your connection, then retry.</source>
        <translation>No se puede conectar con el servidor. Compruebe su conexión y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server is taking too long to answer. Retry in a moment.</source>
        <translation>El servidor tarda demasiado en responder. Vuelva a intentarlo en unos momentos.</translation>
    </message>
    <message>
        <source>The server had a problem and could not complete this. Retry in a moment.</source>
        <translation>El servidor ha tenido un problema y no ha podido completar la operación. Vuelva a intentarlo en unos momentos.</translation>
    </message>
    <message>
        <source>This email address already has an account. Sign in, or use « Forgot your password? ».</source>
        <translation>Ya existe una cuenta con este correo electrónico. Inicie sesión o utilice «¿Ha olvidado su contraseña?».</translation>
    </message>
    <message>
        <source>This email address already belongs to an AKONet account.</source>
        <translation>Este correo electrónico ya pertenece a una cuenta de AKONet.</translation>
    </message>
    <message>
        <source>This address already has a pending invitation. Send it again from the list instead.</source>
        <translation>Esta dirección ya tiene una invitación pendiente. Vuelva a enviarla desde la lista.</translation>
    </message>
    <message>
        <source>This invitation has already been accepted.</source>
        <translation>Esta invitación ya se ha aceptado.</translation>
    </message>
    <message>
        <source>Too many requests from this computer. Wait a few minutes, then retry.</source>
        <translation>Demasiadas solicitudes desde este equipo. Espere unos minutos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Su sesión ha finalizado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>For your safety this session was ended. Sign in again.</source>
        <translation>Por su seguridad, se ha cerrado esta sesión. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Some fields need your attention.</source>
        <translation>Revise los campos indicados.</translation>
    </message>
    <message>
        <source>The time to enter the code has run out. Sign in again with your password.</source>
        <translation>Se ha agotado el tiempo para introducir el código. Vuelva a iniciar sesión con su contraseña.</translation>
    </message>
    <message>
        <source>Your company requires two-step verification for administrators. Turn it on in « My account ».</source>
        <translation>Su empresa exige la verificación en dos pasos a los administradores. Actívela en «Mi cuenta».</translation>
    </message>
    <message>
        <source>Two-step verification is already on.</source>
        <translation>La verificación en dos pasos ya está activada.</translation>
    </message>
    <message>
        <source>Two-step verification is not on, or its set-up has expired. Start again.</source>
        <translation>La verificación en dos pasos no está activada o su configuración ha caducado. Vuelva a empezar.</translation>
    </message>
    <message>
        <source>This session has already ended.</source>
        <translation>Esta sesión ya ha terminado.</translation>
    </message>
    <message>
        <source>The request was refused: %1</source>
        <translation>Se ha rechazado la solicitud: %1</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Se ha producido un error: %1</translation>
    </message>
</context>
<context>
    <name>PasswordInput</name>
    <message>
        <source>Hide password</source>
        <translation>Ocultar la contraseña</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Mostrar la contraseña</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Forgot your password?</source>
        <translation>¿Ha olvidado su contraseña?</translation>
    </message>
    <message>
        <source>Check your inbox</source>
        <translation>Revise su bandeja de entrada</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Elija una nueva contraseña</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Contraseña cambiada</translation>
    </message>
    <message>
        <source>Use another address</source>
        <translation>Usar otra dirección</translation>
    </message>
    <message>
        <source>Ask for a new link</source>
        <translation>Solicitar un enlace nuevo</translation>
    </message>
    <message>
        <source>Change password and sign in</source>
        <translation>Cambiar la contraseña e iniciar sesión</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar la contraseña</translation>
    </message>
    <message>
        <source>We sent the email again.</source>
        <translation>Hemos vuelto a enviar el correo.</translation>
    </message>
    <message>
        <source>Paste the link or the code from the email we sent you. It is valid for %1 minutes.</source>
        <translation>Pegue el enlace o el código del correo que le hemos enviado. Es válido durante %1 minutos.</translation>
    </message>
    <message>
        <source>If an account uses %1, we sent it an email with a link to choose a new password. It is valid for %2 minutes.</source>
        <translation>Si alguna cuenta usa %1, le hemos enviado un correo con un enlace para elegir una nueva contraseña. El enlace es válido durante %2 minutos.</translation>
    </message>
    <message>
        <source>AKONet Desktop — Password recovery</source>
        <translation>AKONet Desktop — Recuperación de la contraseña</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Enter the email address you use to sign in, the one you registered with. We will send it a link to choose a new password. If your account is blocked, the new password also reactivates it.</source>
        <translation>Introduzca el correo electrónico con el que inicia sesión, el mismo con el que se registró. Le enviaremos un enlace para elegir una nueva contraseña. Si su cuenta está bloqueada, la nueva contraseña también la reactivará.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nombre@empresa.es</translation>
    </message>
    <message>
        <source>Send the link</source>
        <translation>Enviar el enlace</translation>
    </message>
    <message>
        <source>Link or code from the email</source>
        <translation>Enlace o código del correo</translation>
    </message>
    <message>
        <source>Paste the link or the code here</source>
        <translation>Pegue aquí el enlace o el código</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Send it again</source>
        <translation>Volver a enviar el correo</translation>
    </message>
    <message>
        <source>Choose a new password. Changing it reactivates a blocked account and signs out your other sessions.</source>
        <translation>Elija una nueva contraseña. Al cambiarla, se reactiva la cuenta si estaba bloqueada y se cierran sus demás sesiones.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <translation>Confirmar la nueva contraseña</translation>
    </message>
    <message>
        <source>Your password has been changed and your account is active. Sign in with your new password.</source>
        <translation>Su contraseña se ha cambiado y su cuenta está activa. Inicie sesión con la nueva contraseña.</translation>
    </message>
    <message>
        <source>Go to sign-in</source>
        <translation>Ir al inicio de sesión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>RegistrationWizard</name>
    <message>
        <source>Password requirements not met: %1</source>
        <translation>La contraseña no cumple los requisitos: %1</translation>
    </message>
    <message>
        <source>Your email</source>
        <translation>Su correo electrónico</translation>
    </message>
    <message>
        <source>Check your inbox</source>
        <translation>Revise su bandeja de entrada</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Su empresa</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Su cuenta</translation>
    </message>
    <message>
        <source>Step %1 of 3 — %2</source>
        <translation>Paso %1 de 3 — %2</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Validar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Open the link in the email we sent you to continue, or paste the link or the code here.</source>
        <translation>Para continuar, abra el enlace del correo que le hemos enviado o pegue aquí el enlace o el código.</translation>
    </message>
    <message>
        <source>We sent an email to &lt;b&gt;%1&lt;/b&gt;. Open the link it contains to continue, or paste the link or the code from the email here.</source>
        <translation>Hemos enviado un correo a &lt;b&gt;%1&lt;/b&gt;. Para continuar, abra el enlace que contiene o pegue aquí el enlace o el código del correo.</translation>
    </message>
    <message>
        <source>Sent again. It may take a minute to arrive; check your spam folder too.</source>
        <translation>Correo reenviado. Puede tardar un minuto en llegar; revise también la carpeta de correo no deseado.</translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation>Elija un país</translation>
    </message>
    <message>
        <source>Choose an identification type</source>
        <translation>Elija un tipo de identificación</translation>
    </message>
    <message>
        <source>AKONet Desktop — New registration</source>
        <translation>AKONet Desktop — Nuevo registro</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Enter the address of the person who administers your company&apos;s account. It becomes the username of the owner, the only one who can edit the company profile and see billing. We will send a link to this address to continue the registration.</source>
        <translation>Introduzca la dirección de la persona que administra la cuenta de su empresa. Será el nombre de usuario del propietario, el único que puede modificar el perfil de la empresa y consultar la facturación. Enviaremos a esta dirección un enlace para continuar con el registro.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nombre@empresa.es</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Confirm the email address</source>
        <translation>Confirmar el correo electrónico</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Link or code from the email</source>
        <translation>Enlace o código del correo</translation>
    </message>
    <message>
        <source>Resend the email</source>
        <translation>Reenviar el correo</translation>
    </message>
    <message>
        <source>Your company&apos;s details. They are saved as you go: you can close this window and open the email link again later.</source>
        <translation>Los datos de su empresa. Se guardan a medida que avanza: puede cerrar esta ventana y volver a abrir el enlace del correo más tarde.</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Identification type</source>
        <translation>Tipo de identificación</translation>
    </message>
    <message>
        <source>Identification number</source>
        <translation>Número de identificación</translation>
    </message>
    <message>
        <source>Contact phone number</source>
        <translation>Teléfono de contacto</translation>
    </message>
    <message>
        <source>Your sign-in details as the company&apos;s owner (super-administrator).</source>
        <translation>Sus datos de acceso como propietario (superadministrador) de la empresa.</translation>
    </message>
    <message>
        <source>Email address / username</source>
        <translation>Correo electrónico / nombre de usuario</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Confirm the password</source>
        <translation>Confirmar la contraseña</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Delete the role?</source>
        <translation>¿Eliminar el rol?</translation>
    </message>
    <message>
        <source>Delete the role « %1 »? This cannot be undone.</source>
        <translation>¿Eliminar el rol «%1»? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>A new role: name it, choose what it allows, then Save.</source>
        <translation>Un rol nuevo: asígnele un nombre, elija lo que permite y pulse «Guardar».</translation>
    </message>
    <message>
        <source>Held by %1. A role cannot be deleted while people hold it.</source>
        <translation>Asignado a %1. No se puede eliminar un rol mientras haya personas que lo tengan asignado.</translation>
    </message>
    <message>
        <source>Nobody holds this role yet.</source>
        <translation>Todavía no hay nadie con este rol.</translation>
    </message>
    <message>
        <source>Give the people who hold it another role first.</source>
        <translation>Asigne primero otro rol a las personas que lo tienen.</translation>
    </message>
    <message>
        <source>Create role</source>
        <translation>Crear rol</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>AKONet Desktop — Roles</source>
        <translation>AKONet Desktop — Roles</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>A role says what the users who hold it may do. Administrators and the owner may do everything a role can give.</source>
        <translation>Un rol indica lo que pueden hacer los usuarios que lo tienen asignado. Los administradores y el propietario pueden hacer todo lo que un rol puede permitir.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Roles of the company</source>
        <translation>Roles de la empresa</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nuevo rol</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Users with this role may:</source>
        <translation>Los usuarios con este rol pueden:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Application and system</source>
        <translation>Aplicación y sistema</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Unknown application</source>
        <translation>Aplicación desconocida</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este ordenador</translation>
    </message>
    <message>
        <source>Signed in %1</source>
        <translation>Sesión iniciada el %1</translation>
    </message>
</context>
<context>
    <name>StatementsModel</name>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Billed devices</source>
        <translation>Dispositivos facturados</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
</context>
<context>
    <name>TotpDisableDialog</name>
    <message>
        <source>Turning off…</source>
        <translation>Desactivando…</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>AKONet Desktop — Two-step verification</source>
        <translation>AKONet Desktop — Verificación en dos pasos</translation>
    </message>
    <message>
        <source>Turn off two-step verification</source>
        <translation>Desactivar la verificación en dos pasos</translation>
    </message>
    <message>
        <source>Your account will be protected by your password alone. Confirm with your password and a code from your authenticator app (or a recovery code).</source>
        <translation>Su cuenta quedará protegida solo por su contraseña. Confirme con su contraseña y un código de su aplicación de autenticación (o un código de recuperación).</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Code from the app, or a recovery code</source>
        <translation>Código de la aplicación o código de recuperación</translation>
    </message>
</context>
<context>
    <name>TotpSetupDialog</name>
    <message>
        <source>AKONet recovery codes for %1</source>
        <translation>Códigos de recuperación de AKONet de %1</translation>
    </message>
    <message>
        <source>Each code signs you in once, in place of the code from your authenticator app.</source>
        <translation>Cada código le permite iniciar sesión una vez, en lugar del código de su aplicación de autenticación.</translation>
    </message>
    <message>
        <source>Save the recovery codes</source>
        <translation>Guardar los códigos de recuperación</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>No se ha podido guardar el archivo: %1</translation>
    </message>
    <message>
        <source>Two-step verification is on</source>
        <translation>La verificación en dos pasos está activada</translation>
    </message>
    <message>
        <source>Turn on two-step verification</source>
        <translation>Activar la verificación en dos pasos</translation>
    </message>
    <message>
        <source>Your company requires two-step verification for administrators. Enter your password to start; you will need an authenticator app on your phone.</source>
        <translation>Su empresa exige la verificación en dos pasos a los administradores. Introduzca su contraseña para empezar; necesitará una aplicación de autenticación en su teléfono.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>Copiar la clave</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>AKONet Desktop — Two-step verification</source>
        <translation>AKONet Desktop — Verificación en dos pasos</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Enter your password to start. You will need an authenticator app on your phone.</source>
        <translation>Introduzca su contraseña para empezar. Necesitará una aplicación de autenticación en su teléfono.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>1. Scan this code with your authenticator app.</source>
        <translation>1. Escanee este código con su aplicación de autenticación.</translation>
    </message>
    <message>
        <source>QR code to scan</source>
        <translation>Código QR para escanear</translation>
    </message>
    <message>
        <source>Cannot scan it? Enter this key in the app instead (time-based):</source>
        <translation>¿No puede escanearlo? Introduzca esta clave en la aplicación (basada en el tiempo):</translation>
    </message>
    <message>
        <source>Key for manual entry</source>
        <translation>Clave para introducir a mano</translation>
    </message>
    <message>
        <source>2. Enter the 6-digit code the app shows</source>
        <translation>2. Introduzca el código de 6 dígitos que muestra la aplicación</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Two-step verification is on. Keep these recovery codes somewhere safe, away from your phone: each one signs you in once if you lose your phone. They are shown only now.</source>
        <translation>La verificación en dos pasos está activada. Guarde estos códigos de recuperación en un lugar seguro, lejos de su teléfono: cada uno le permite iniciar sesión una vez si pierde el teléfono. Solo se muestran ahora.</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Códigos de recuperación</translation>
    </message>
    <message>
        <source>Save as text file…</source>
        <translation>Guardar como archivo de texto…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>TransferOwnershipDialog</name>
    <message>
        <source>The password is not correct.</source>
        <translation>La contraseña no es correcta.</translation>
    </message>
    <message numerus="yes">
        <source>The password is not correct. %n attempt(s) left before your account is blocked.</source>
        <translation>
            <numerusform>La contraseña no es correcta. Le queda %n intento antes de que se bloquee su cuenta.</numerusform>
            <numerusform>La contraseña no es correcta. Le quedan %n intentos antes de que se bloquee su cuenta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your account is blocked after too many wrong passwords, and the company is still yours. We sent you an email explaining how to reactivate your account by choosing a new password.</source>
        <translation>Su cuenta se ha bloqueado tras demasiadas contraseñas incorrectas y la empresa sigue siendo suya. Le hemos enviado un correo que explica cómo reactivar su cuenta eligiendo una nueva contraseña.</translation>
    </message>
    <message>
        <source>%1 is no longer an active administrator of the company (blocked, removed or given another role). Choose someone else.</source>
        <translation>%1 ya no es un administrador activo de la empresa (se ha bloqueado su cuenta, se le ha eliminado o se le ha asignado otro rol). Elija a otra persona.</translation>
    </message>
    <message>
        <source>You are no longer the owner of this company, so you cannot transfer it. Sign out and sign in again to see what you can do now.</source>
        <translation>Ya no es el propietario de esta empresa, por lo que no puede transferirla. Cierre la sesión y vuelva a iniciarla para ver lo que puede hacer ahora.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; becomes the owner: only they can edit the company profile, see billing and transfer the company again.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; pasará a ser el propietario: solo esa persona podrá modificar el perfil de la empresa, consultar la facturación y volver a transferir la empresa.</translation>
    </message>
    <message>
        <source>The administrator you choose becomes the owner: only they can edit the company profile, see billing and transfer the company again.</source>
        <translation>El administrador que elija pasará a ser el propietario: solo esa persona podrá modificar el perfil de la empresa, consultar la facturación y volver a transferir la empresa.</translation>
    </message>
    <message>
        <source>You become an administrator: you keep managing devices and people.</source>
        <translation>Usted pasará a ser administrador: seguirá gestionando dispositivos y personas.</translation>
    </message>
    <message>
        <source>You both receive an email about the change.</source>
        <translation>Ambos recibirán un correo sobre el cambio.</translation>
    </message>
    <message>
        <source>Hand &lt;b&gt;%1&lt;/b&gt; over to one of its administrators. Once you confirm:</source>
        <translation>Transfiera &lt;b&gt;%1&lt;/b&gt; a uno de sus administradores. Una vez que confirme:</translation>
    </message>
    <message>
        <source>Transferring…</source>
        <translation>Transfiriendo…</translation>
    </message>
    <message>
        <source>Transfer ownership</source>
        <translation>Transferir la propiedad</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>AKONet Desktop — Transfer ownership</source>
        <translation>AKONet Desktop — Transferencia de la propiedad</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Nuevo propietario</translation>
    </message>
    <message>
        <source>Search by name or email</source>
        <translation>Buscar por nombre o correo electrónico</translation>
    </message>
    <message>
        <source>Search administrators</source>
        <translation>Buscar administradores</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administradores</translation>
    </message>
    <message>
        <source>Your company has no active administrator to hand it over to. Invite an administrator first (or make a member an administrator), then come back here.</source>
        <translation>Su empresa no tiene ningún administrador activo al que transferirla. Invite primero a un administrador (o convierta en administrador a un usuario existente) y vuelva después aquí.</translation>
    </message>
    <message>
        <source>Your current password</source>
        <translation>Su contraseña actual</translation>
    </message>
</context>
<context>
    <name>UsersTexts</name>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Owner: every privilege; the only one who edits the company profile and sees billing.</source>
        <translation>Propietario: todos los privilegios; el único que puede modificar el perfil de la empresa y consultar la facturación.</translation>
    </message>
    <message>
        <source>Administrator: manages devices, users and roles; not the profile or billing.</source>
        <translation>Administrador: gestiona dispositivos, usuarios y roles, pero no el perfil ni la facturación.</translation>
    </message>
    <message>
        <source>User: may do what their role allows.</source>
        <translation>Usuario: puede hacer lo que su rol le permita.</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Observador</translation>
    </message>
    <message>
        <source>Activate devices</source>
        <translation>Activar dispositivos</translation>
    </message>
    <message>
        <source>Rename devices and change their location</source>
        <translation>Cambiar el nombre y la ubicación de los dispositivos</translation>
    </message>
    <message>
        <source>Edit the company profile</source>
        <translation>Modificar el perfil de la empresa</translation>
    </message>
    <message>
        <source>See billing</source>
        <translation>Consultar la facturación</translation>
    </message>
    <message>
        <source>Can only look</source>
        <translation>Solo puede consultar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln usuario</numerusform>
            <numerusform>%Ln usuarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Active: can sign in.</source>
        <translation>Activo: puede iniciar sesión.</translation>
    </message>
    <message>
        <source>Invited: has not accepted the invitation yet.</source>
        <translation>Invitado: todavía no ha aceptado la invitación.</translation>
    </message>
    <message>
        <source>Locked after too many wrong passwords: unlock, or let them reset the password.</source>
        <translation>Bloqueado tras demasiadas contraseñas incorrectas: desbloquee la cuenta o deje que la persona restablezca su contraseña.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches this search.</source>
        <translation>Ninguna persona coincide con esta búsqueda.</translation>
    </message>
    <message>
        <source>Nobody here yet. Invite the people who work with you.</source>
        <translation>Todavía no hay nadie. Invite a las personas que trabajan con usted.</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (usted)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Invitation sent %1</source>
        <translation>Invitación enviada el %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Válida hasta el %1</translation>
    </message>
    <message>
        <source>Invitation sent to %1.</source>
        <translation>Invitación enviada a %1.</translation>
    </message>
    <message>
        <source>Invitation sent again to %1.</source>
        <translation>Invitación reenviada a %1.</translation>
    </message>
    <message>
        <source>The invitation of %1 was revoked.</source>
        <translation>Se ha revocado la invitación de %1.</translation>
    </message>
    <message>
        <source>%1 is unlocked and was told by email.</source>
        <translation>Se ha desbloqueado la cuenta de %1 y se le ha avisado por correo.</translation>
    </message>
    <message>
        <source>A password reset email was sent to %1.</source>
        <translation>Se ha enviado a %1 un correo para restablecer la contraseña.</translation>
    </message>
    <message>
        <source>%1 was removed from the company.</source>
        <translation>Se ha eliminado a %1 de la empresa.</translation>
    </message>
    <message>
        <source>Changes to %1 saved.</source>
        <translation>Se han guardado los cambios de %1.</translation>
    </message>
    <message>
        <source>The owner can be neither removed nor made an administrator or user. Transfer ownership first.</source>
        <translation>El propietario no se puede eliminar ni convertir en administrador o usuario. Transfiera primero la propiedad.</translation>
    </message>
    <message>
        <source>You cannot remove your own account.</source>
        <translation>No puede eliminar su propia cuenta.</translation>
    </message>
    <message>
        <source>People or pending invitations hold this role. Give them another role first.</source>
        <translation>Hay personas o invitaciones pendientes con este rol. Asígneles primero otro rol.</translation>
    </message>
    <message>
        <source>Another role already has this name.</source>
        <translation>Ya existe otro rol con este nombre.</translation>
    </message>
    <message>
        <source>Only the owner and administrators can manage users.</source>
        <translation>Solo el propietario y los administradores pueden gestionar los usuarios.</translation>
    </message>
    <message>
        <source>This person or role no longer exists. The list was refreshed.</source>
        <translation>Esta persona o este rol ya no existe. Se ha actualizado la lista.</translation>
    </message>
    <message>
        <source>This invitation has already been accepted. The list was refreshed.</source>
        <translation>Esta invitación ya se ha aceptado. Se ha actualizado la lista.</translation>
    </message>
    <message>
        <source>Enter a name for the role.</source>
        <translation>Introduzca un nombre para el rol.</translation>
    </message>
    <message>
        <source>The role name contains characters that are not allowed.</source>
        <translation>El nombre del rol contiene caracteres no permitidos.</translation>
    </message>
    <message>
        <source>Choose a role for this user.</source>
        <translation>Elija un rol para este usuario.</translation>
    </message>
    <message>
        <source>Choose one of the company&apos;s roles.</source>
        <translation>Elija uno de los roles de la empresa.</translation>
    </message>
    <message>
        <source>Choose administrator or user.</source>
        <translation>Elija administrador o usuario.</translation>
    </message>
    <message>
        <source>Enter the first name.</source>
        <translation>Introduzca el nombre.</translation>
    </message>
    <message>
        <source>Enter the last name.</source>
        <translation>Introduzca los apellidos.</translation>
    </message>
    <message>
        <source>Enter the email address to invite.</source>
        <translation>Introduzca el correo electrónico de la persona que desea invitar.</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>Remove %1?</source>
        <translation>¿Eliminar a %1?</translation>
    </message>
    <message>
        <source>%1 (%2) will be signed out at once and can no longer sign in. Their address is free to be invited again. This cannot be undone.</source>
        <translation>Se cerrará de inmediato la sesión de %1 (%2), que ya no podrá iniciar sesión. Su dirección quedará libre para volver a invitarla. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Revoke the invitation?</source>
        <translation>¿Revocar la invitación?</translation>
    </message>
    <message>
        <source>The link sent to %1 will stop working. You can invite them again later.</source>
        <translation>El enlace enviado a %1 dejará de funcionar. Podrá volver a invitar a esta persona más adelante.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>The owner cannot be removed. Transfer ownership first, on the Company page.</source>
        <translation>El propietario no se puede eliminar. Transfiera primero la propiedad en la página «Empresa».</translation>
    </message>
    <message>
        <source>You cannot remove your own account.</source>
        <translation>No puede eliminar su propia cuenta.</translation>
    </message>
    <message>
        <source>Remove this person from the company: their sessions end at once</source>
        <translation>Eliminar a esta persona de la empresa: sus sesiones se cierran de inmediato</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Número de personas</translation>
    </message>
    <message>
        <source>Roles…</source>
        <translation>Roles…</translation>
    </message>
    <message>
        <source>Create roles and choose what each lets its users do</source>
        <translation>Crear roles y elegir lo que cada uno permite hacer a sus usuarios</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>Invitar…</translation>
    </message>
    <message>
        <source>Invite a person by email to join your company</source>
        <translation>Invitar a una persona por correo a unirse a su empresa</translation>
    </message>
    <message>
        <source>The people of your company and the invitations waiting for an answer. Administrators manage devices, users and roles; users do what their role allows.</source>
        <translation>Las personas de su empresa y las invitaciones pendientes de respuesta. Los administradores gestionan dispositivos, usuarios y roles; los usuarios hacen lo que su rol les permite.</translation>
    </message>
    <message>
        <source>Search by name or email address</source>
        <translation>Buscar por nombre o correo electrónico</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Show only people with this status</source>
        <translation>Mostrar solo las personas con este estado</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Load the list again now</source>
        <translation>Volver a cargar la lista ahora</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Change kind or role…</source>
        <translation>Cambiar tipo o rol…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Let this person sign in again; they get an email saying who unlocked the account</source>
        <translation>Permitir que esta persona vuelva a iniciar sesión; recibirá un correo que indica quién ha desbloqueado la cuenta</translation>
    </message>
    <message>
        <source>Send password reset</source>
        <translation>Enviar restablecimiento de contraseña</translation>
    </message>
    <message>
        <source>Email this person a link to choose a new password; nobody else ever sees it</source>
        <translation>Enviar a esta persona por correo un enlace para elegir una nueva contraseña; nadie más la verá nunca</translation>
    </message>
    <message>
        <source>Send invitation again</source>
        <translation>Reenviar la invitación</translation>
    </message>
    <message>
        <source>Revoke invitation…</source>
        <translation>Revocar la invitación…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Eliminar…</translation>
    </message>
</context>
</TS>
