<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>AccountPage</name>
    <message>
        <source>Your name was saved.</source>
        <translation>O seu nome foi guardado.</translation>
    </message>
    <message>
        <source>Your password was changed and your other sessions were signed out.</source>
        <translation>A sua palavra-passe foi alterada e as suas outras sessões foram terminadas.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>A sua palavra-passe foi alterada.</translation>
    </message>
    <message>
        <source>Two-step verification is on.</source>
        <translation>A verificação em dois passos está ativada.</translation>
    </message>
    <message>
        <source>Two-step verification is off.</source>
        <translation>A verificação em dois passos está desativada.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Terminar sessão</translation>
    </message>
    <message>
        <source>The session was signed out.</source>
        <translation>A sessão foi terminada.</translation>
    </message>
    <message>
        <source>Every other session was signed out.</source>
        <translation>Todas as outras sessões foram terminadas.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>A guardar…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>On: signing in asks for a code from your authenticator app.</source>
        <translation>Ativada: ao iniciar sessão é pedido um código da sua aplicação de autenticação.</translation>
    </message>
    <message>
        <source>Off: your password alone signs you in.</source>
        <translation>Desativada: basta a sua palavra-passe para iniciar sessão.</translation>
    </message>
    <message>
        <source>Turn off…</source>
        <translation>Desativar…</translation>
    </message>
    <message>
        <source>Set up two-step verification…</source>
        <translation>Configurar a verificação em dois passos…</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>A minha conta</translation>
    </message>
    <message>
        <source>Your company requires two-step verification for administrators. Set it up to continue: the other pages open once it is on.</source>
        <translation>A sua empresa exige a verificação em dois passos aos administradores. Configure-a para continuar: as outras páginas abrem assim que estiver ativada.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Endereço de e-mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome próprio</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apelido</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The interface and the emails AKONet sends you use this language.</source>
        <translation>A interface e os e-mails que o AKONet lhe envia usam este idioma.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <source>Change the password you sign in with. Your other sessions can be signed out at the same time.</source>
        <translation>Altere a palavra-passe com que inicia sessão. As suas outras sessões podem ser terminadas ao mesmo tempo.</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Alterar a palavra-passe…</translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation>Verificação em dois passos</translation>
    </message>
    <message>
        <source>After your password, AKONet asks for a 6-digit code from an authenticator app on your phone (such as Google Authenticator, Microsoft Authenticator or FreeOTP).</source>
        <translation>Depois da sua palavra-passe, o AKONet pede um código de 6 dígitos de uma aplicação de autenticação no seu telemóvel (como Google Authenticator, Microsoft Authenticator ou FreeOTP).</translation>
    </message>
    <message>
        <source>Turn on…</source>
        <translation>Ativar…</translation>
    </message>
    <message>
        <source>Signed-in sessions</source>
        <translation>Sessões iniciadas</translation>
    </message>
    <message>
        <source>Where your account is signed in now. Signing a session out ends it at once on that computer.</source>
        <translation>Onde a sua conta tem sessão iniciada agora. Terminar uma sessão encerra-a de imediato nesse computador.</translation>
    </message>
    <message>
        <source>Sign out everywhere else</source>
        <translation>Terminar sessão em todos os outros locais</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
</context>
<context>
    <name>ActivateDeviceDialog</name>
    <message>
        <source>Activating…</source>
        <translation>A ativar…</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Ativar</translation>
    </message>
    <message>
        <source>AKONet Desktop — Activate device</source>
        <translation>AKONet Desktop — Ativar dispositivo</translation>
    </message>
    <message>
        <source>Activate a device</source>
        <translation>Ativar um dispositivo</translation>
    </message>
    <message>
        <source>Enter the serial number and the activation code printed on the device&apos;s label. The device then joins your company&apos;s list.</source>
        <translation>Introduza o número de série e o código de ativação impressos na etiqueta do dispositivo. O dispositivo passa então a constar da lista da sua empresa.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de série</translation>
    </message>
    <message>
        <source>e.g. K7P2M9Q4XA</source>
        <translation>p. ex. K7P2M9Q4XA</translation>
    </message>
    <message>
        <source>Activation code</source>
        <translation>Código de ativação</translation>
    </message>
    <message>
        <source>e.g. 7K3M-9QPX-2W4R</source>
        <translation>p. ex. 7K3M-9QPX-2W4R</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Nome (opcional)</translation>
    </message>
    <message>
        <source>e.g. Cold room 2</source>
        <translation>p. ex. Câmara frigorífica 2</translation>
    </message>
    <message>
        <source>Location (optional)</source>
        <translation>Localização (opcional)</translation>
    </message>
    <message>
        <source>e.g. Valencia store, back room</source>
        <translation>p. ex. Loja de Valência, armazém</translation>
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
        <translation>A partir do endereço %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
</context>
<context>
    <name>ActivityTexts</name>
    <message>
        <source>Invitation sent</source>
        <translation>Convite enviado</translation>
    </message>
    <message>
        <source>Invitation sent again</source>
        <translation>Convite reenviado</translation>
    </message>
    <message>
        <source>Invitation revoked</source>
        <translation>Convite revogado</translation>
    </message>
    <message>
        <source>Invitation accepted</source>
        <translation>Convite aceite</translation>
    </message>
    <message>
        <source>Role created</source>
        <translation>Função criada</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Função alterada</translation>
    </message>
    <message>
        <source>Role deleted</source>
        <translation>Função eliminada</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Utilizador alterado</translation>
    </message>
    <message>
        <source>User removed</source>
        <translation>Utilizador removido</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Conta desbloqueada</translation>
    </message>
    <message>
        <source>Password reset sent</source>
        <translation>Reposição da palavra-passe enviada</translation>
    </message>
    <message>
        <source>Ownership transferred</source>
        <translation>Propriedade transferida</translation>
    </message>
    <message>
        <source>Company profile edited</source>
        <translation>Perfil da empresa editado</translation>
    </message>
    <message>
        <source>Billing details edited</source>
        <translation>Dados de faturação editados</translation>
    </message>
    <message>
        <source>Device activated</source>
        <translation>Dispositivo ativado</translation>
    </message>
    <message>
        <source>Device renamed or moved</source>
        <translation>Nome ou localização do dispositivo alterados</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas as ações</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>location</source>
        <translation>localização</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nome próprio</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>apelido</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>role</source>
        <translation>função</translation>
    </message>
    <message>
        <source>privileges</source>
        <translation>privilégios</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
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
        <translation>Não foi registada nenhuma ação deste tipo.</translation>
    </message>
    <message>
        <source>No administrative action was recorded yet.</source>
        <translation>Ainda não foi registada nenhuma ação administrativa.</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (removido)</translation>
    </message>
</context>
<context>
    <name>ActivityView</name>
    <message>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>Número de entradas</translation>
    </message>
    <message>
        <source>Kind of action</source>
        <translation>Tipo de ação</translation>
    </message>
    <message>
        <source>Show only one kind of action</source>
        <translation>Mostrar apenas um tipo de ação</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Load the newest entries now</source>
        <translation>Carregar agora as entradas mais recentes</translation>
    </message>
    <message>
        <source>Every administrative action in your company, newest first: who did it, when, from which address, and what changed.</source>
        <translation>Todas as ações administrativas da sua empresa, das mais recentes para as mais antigas: quem as realizou, quando, a partir de que endereço e o que foi alterado.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Registo de atividade</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The built-in server could not start: %1</source>
        <translation>Não foi possível iniciar o servidor integrado: %1</translation>
    </message>
    <message>
        <source>This link cannot be opened: %1</source>
        <translation>Não é possível abrir esta ligação: %1</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Your organisation&apos;s AKONet server address (leave empty to use the server built into this app):</source>
        <translation>Endereço do servidor AKONet da sua organização (deixe em branco para utilizar o servidor integrado nesta aplicação):</translation>
    </message>
</context>
<context>
    <name>BillingPage</name>
    <message>
        <source>Per device: %1 for each device and month it is active in.</source>
        <translation>Por dispositivo: %1 por cada dispositivo e por cada mês em que está ativo.</translation>
    </message>
    <message>
        <source>%1 (so far, until the end of the month)</source>
        <translation>%1 (em curso, até ao fim do mês)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>A guardar…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Faturação</translation>
    </message>
    <message>
        <source>No payment is processed here: the statements show what would be invoiced.</source>
        <translation>Aqui não é processado nenhum pagamento: os extratos mostram o que seria faturado.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Current period</source>
        <translation>Período atual</translation>
    </message>
    <message>
        <source>Billed devices</source>
        <translation>Dispositivos faturados</translation>
    </message>
    <message>
        <source>Amount so far</source>
        <translation>Montante até ao momento</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Extratos</translation>
    </message>
    <message>
        <source>Billing details</source>
        <translation>Dados de faturação</translation>
    </message>
    <message>
        <source>Billing email</source>
        <translation>E-mail de faturação</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Morada de faturação</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Changing…</source>
        <translation>A alterar…</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Alterar a palavra-passe</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>AKONet Desktop — Change password</source>
        <translation>AKONet Desktop — Alterar a palavra-passe</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Palavra-passe atual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nova palavra-passe</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <translation>Confirme a nova palavra-passe</translation>
    </message>
    <message>
        <source>Sign out my other sessions</source>
        <translation>Terminar as minhas outras sessões</translation>
    </message>
    <message>
        <source>Recommended if you think someone else knows your password: every other computer where you are signed in has to sign in again.</source>
        <translation>Recomendado se achar que outra pessoa conhece a sua palavra-passe: em todos os outros computadores onde tem sessão iniciada terá de a iniciar de novo.</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>Turn on two-step verification for yourself first (My account), then require it.</source>
        <translation>Ative primeiro a verificação em dois passos para si (A minha conta) e depois exija-a.</translation>
    </message>
    <message>
        <source>Only the company&apos;s owner can change its profile.</source>
        <translation>Apenas o proprietário da empresa pode alterar o respetivo perfil.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for yourself first, on the « My account » page: the owner is one of the people the rule applies to.</source>
        <translation>Ative primeiro a verificação em dois passos para si, na página « A minha conta »: a regra também se aplica ao proprietário.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>A guardar…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>You and every administrator then sign in with a code from an authenticator app after the password. An administrator who has not set it up yet can only set it up at the next sign-in.</source>
        <translation>O senhor e cada administrador passam a iniciar sessão com um código de uma aplicação de autenticação depois da palavra-passe. Um administrador que ainda não a configurou só poderá configurá-la no próximo início de sessão.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nome da empresa</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Identification type</source>
        <translation>Tipo de identificação</translation>
    </message>
    <message>
        <source>Identification number</source>
        <translation>Número de identificação</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Telefone de contacto</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Morada</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Localidade</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <source>Require two-step verification for administrators</source>
        <translation>Exigir a verificação em dois passos aos administradores</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Propriedade</translation>
    </message>
    <message>
        <source>You own this company on AKONet: only you can change its profile and see its billing. You can hand it over to one of its administrators; you then stay an administrator.</source>
        <translation>É o proprietário desta empresa no AKONet: só você pode alterar o respetivo perfil e consultar a faturação. Pode transferi-la para um dos respetivos administradores; nesse caso, continua a ser administrador.</translation>
    </message>
    <message>
        <source>Transfer ownership…</source>
        <translation>Transferir a propriedade…</translation>
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
        <translation>A guardar…</translation>
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
        <translation>Fechar</translation>
    </message>
    <message>
        <source>AKONet Desktop — Device</source>
        <translation>AKONet Desktop — Dispositivo</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de série</translation>
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
        <translation>Ativado em</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
</context>
<context>
    <name>DeviceTexts</name>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inativo</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Active: the device is in contact and reports no alarm.</source>
        <translation>Ativo: o dispositivo está em contacto e não comunica nenhum alarme.</translation>
    </message>
    <message>
        <source>Inactive: no contact with the device for a while.</source>
        <translation>Inativo: sem contacto com o dispositivo há algum tempo.</translation>
    </message>
    <message>
        <source>Alarm: the device reports an alarm.</source>
        <translation>Alarme: o dispositivo comunica um alarme.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos os estados</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>Agora mesmo</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>Há %n minuto</numerusform>
            <numerusform>Há %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>Há %n hora</numerusform>
            <numerusform>Há %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>Há %n dia</numerusform>
            <numerusform>Há %n dias</numerusform>
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
            <numerusform>%Ln em alarme</numerusform>
            <numerusform>%Ln em alarme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching</source>
        <translation>
            <numerusform>%Ln correspondente</numerusform>
            <numerusform>%Ln correspondentes</numerusform>
        </translation>
    </message>
    <message>
        <source>No device matches this serial number and activation code. Check both on the device&apos;s label; a device already activated by another company cannot be activated here.</source>
        <translation>Nenhum dispositivo corresponde a este número de série e código de ativação. Verifique ambos na etiqueta do dispositivo; um dispositivo já ativado por outra empresa não pode ser ativado aqui.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong activation codes. Wait %n minute(s), then try again.</source>
        <translation>
            <numerusform>Demasiados códigos de ativação incorretos. Aguarde %n minuto e tente novamente.</numerusform>
            <numerusform>Demasiados códigos de ativação incorretos. Aguarde %n minutos e tente novamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role does not allow activating devices. Ask an owner or administrator of your company.</source>
        <translation>A sua função não permite ativar dispositivos. Peça a um proprietário ou administrador da sua empresa.</translation>
    </message>
    <message>
        <source>This device is already in your company&apos;s list.</source>
        <translation>Este dispositivo já consta da lista da sua empresa.</translation>
    </message>
    <message>
        <source>Your role does not allow renaming devices. Ask an owner or administrator of your company.</source>
        <translation>A sua função não permite mudar o nome dos dispositivos. Peça a um proprietário ou administrador da sua empresa.</translation>
    </message>
    <message>
        <source>This device is no longer in your company&apos;s list.</source>
        <translation>Este dispositivo já não consta da lista da sua empresa.</translation>
    </message>
    <message>
        <source>Your role does not allow this. An administrator of your company can change your role.</source>
        <translation>A sua função não permite esta ação. Um administrador da sua empresa pode alterar a sua função.</translation>
    </message>
    <message>
        <source>Enter the serial number printed on the label.</source>
        <translation>Introduza o número de série impresso na etiqueta.</translation>
    </message>
    <message>
        <source>Enter the activation code printed on the label.</source>
        <translation>Introduza o código de ativação impresso na etiqueta.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Este campo é obrigatório.</translation>
    </message>
    <message>
        <source>This is too long (at most %1 characters).</source>
        <translation>O texto é demasiado longo (máximo de %1 caracteres).</translation>
    </message>
    <message>
        <source>Enter the %1 letters and digits of the serial number, as printed on the label.</source>
        <translation>Introduza as %1 letras e algarismos do número de série, tal como aparecem na etiqueta.</translation>
    </message>
    <message>
        <source>Enter the activation code as printed on the label, like %1.</source>
        <translation>Introduza o código de ativação tal como aparece na etiqueta, por exemplo %1.</translation>
    </message>
    <message>
        <source>This contains characters that are not allowed.</source>
        <translation>O texto contém caracteres não permitidos.</translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <source>Loading…</source>
        <translation>A carregar…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de série</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Ativado em</translation>
    </message>
    <message>
        <source>Click to sort by this column; click again to reverse the order.</source>
        <translation>Clique para ordenar por esta coluna; clique novamente para inverter a ordem.</translation>
    </message>
</context>
<context>
    <name>DevicesView</name>
    <message>
        <source>No device matches your search.</source>
        <translation>Nenhum dispositivo corresponde à sua pesquisa.</translation>
    </message>
    <message>
        <source>No device has this status.</source>
        <translation>Nenhum dispositivo tem este estado.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Device counts</source>
        <translation>Contagem de dispositivos</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Reload the list now (it also refreshes by itself every 30 seconds)</source>
        <translation>Recarregar a lista agora (também é atualizada automaticamente a cada 30 segundos)</translation>
    </message>
    <message>
        <source>Activate device</source>
        <translation>Ativar dispositivo</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Search by name, serial number, model or location</source>
        <translation>Pesquisar por nome, número de série, modelo ou localização</translation>
    </message>
    <message>
        <source>Search devices</source>
        <translation>Pesquisar dispositivos</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>No device is pre-activated</source>
        <translation>Não há nenhum dispositivo pré-ativado</translation>
    </message>
    <message>
        <source>Devices pre-activated for your company appear here. To add a device, activate it with the serial number and the activation code printed on its label.</source>
        <translation>Os dispositivos pré-ativados para a sua empresa aparecem aqui. Para adicionar um dispositivo, ative-o com o número de série e o código de ativação impressos na respetiva etiqueta.</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <source>Join %1</source>
        <translation>Juntar-se a %1</translation>
    </message>
    <message>
        <source>Join your company</source>
        <translation>Juntar-se à sua empresa</translation>
    </message>
    <message>
        <source>You are invited to join &lt;b&gt;%1&lt;/b&gt; on AKONet. Check your name, choose a password and your language: you will be signed in right away.</source>
        <translation>Recebeu um convite para se juntar a &lt;b&gt;%1&lt;/b&gt; no AKONet. Verifique o seu nome e escolha uma palavra-passe e o seu idioma: a sessão será iniciada de imediato.</translation>
    </message>
    <message>
        <source>AKONet Desktop — Invitation</source>
        <translation>AKONet Desktop — Convite</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Paste the link or the code from the invitation email you received.</source>
        <translation>Cole a ligação ou o código do e-mail de convite que recebeu.</translation>
    </message>
    <message>
        <source>Link or code from the email</source>
        <translation>Ligação ou código do e-mail</translation>
    </message>
    <message>
        <source>Paste the link or the code here</source>
        <translation>Cole aqui a ligação ou o código</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Endereço de e-mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome próprio</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apelido</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <source>Confirm the password</source>
        <translation>Confirmar a palavra-passe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Join and sign in</source>
        <translation>Juntar-se e iniciar sessão</translation>
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
            <numerusform>A ligação funciona uma única vez, durante %n hora.</numerusform>
            <numerusform>A ligação funciona uma única vez, durante %n horas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The link works once, for %n day(s).</source>
        <translation>
            <numerusform>A ligação funciona uma única vez, durante %n dia.</numerusform>
            <numerusform>A ligação funciona uma única vez, durante %n dias.</numerusform>
        </translation>
    </message>
    <message>
        <source>We email them a link to join your company; they choose their own password.</source>
        <translation>Enviaremos à pessoa uma ligação por e-mail para se juntar à sua empresa; é ela que escolhe a sua palavra-passe.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>A enviar…</translation>
    </message>
    <message>
        <source>Send invitation</source>
        <translation>Enviar convite</translation>
    </message>
    <message>
        <source>AKONet Desktop — Invite</source>
        <translation>AKONet Desktop — Convidar</translation>
    </message>
    <message>
        <source>Invite a person</source>
        <translation>Convidar uma pessoa</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Endereço de e-mail</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nome@empresa.pt</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome próprio</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apelido</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Language of the email</source>
        <translation>Idioma do e-mail</translation>
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
        <translation>O tempo para introduzir o código esgotou-se. Introduza de novo a sua palavra-passe e depois um novo código da sua aplicação.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>A ligar ao servidor…</translation>
    </message>
    <message>
        <source>Checking the system keyring…</source>
        <translation>A verificar o porta-chaves do sistema…</translation>
    </message>
    <message>
        <source>Stay signed in on this computer. Your password is never stored; a revocable session key is kept in the system keyring.</source>
        <translation>Manter a sessão iniciada neste computador. A sua palavra-passe nunca é guardada; é mantida uma chave de sessão revogável no porta-chaves do sistema.</translation>
    </message>
    <message>
        <source>Unavailable: no secure system keyring was found (%1). AKONet never stores sessions in plain files.</source>
        <translation>Indisponível: não foi encontrado nenhum porta-chaves seguro do sistema (%1). O AKONet nunca guarda sessões em ficheiros não encriptados.</translation>
    </message>
    <message>
        <source>AKONet Desktop — Sign in</source>
        <translation>AKONet Desktop — Iniciar sessão</translation>
    </message>
    <message>
        <source>AKONet</source>
        <translation>AKONet</translation>
    </message>
    <message>
        <source>Sign in to manage your company&apos;s devices</source>
        <translation>Inicie sessão para gerir os dispositivos da sua empresa</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>A ligar…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Endereço de e-mail</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nome@empresa.pt</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation>Verificação em dois passos</translation>
    </message>
    <message>
        <source>Enter the 6-digit code your authenticator app shows for AKONet. Lost your phone? Enter one of your recovery codes instead.</source>
        <translation>Introduza o código de 6 dígitos que a sua aplicação de autenticação mostra para o AKONet. Perdeu o telemóvel? Introduza antes um dos seus códigos de recuperação.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Back to the password</source>
        <translation>Voltar à palavra-passe</translation>
    </message>
    <message>
        <source>Reactivate my account</source>
        <translation>Reativar a minha conta</translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation>Lembrar-me</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sessão</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>Esqueceu-se da palavra-passe?</translation>
    </message>
    <message>
        <source>New registration</source>
        <translation>Novo registo</translation>
    </message>
    <message>
        <source>I have an invitation</source>
        <translation>Tenho um convite</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Caixa de correio</translation>
    </message>
    <message>
        <source>Mail sent by the server built into this app (registration and password links)</source>
        <translation>E-mails enviados pelo servidor integrado nesta aplicação (ligações de registo e de palavra-passe)</translation>
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
        <translation>Data</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinatário</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
</context>
<context>
    <name>MailboxWindow</name>
    <message>
        <source>The mailbox cannot be read: %1</source>
        <translation>Não é possível ler a caixa de correio: %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sem assunto)</translation>
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
        <translation>AKONet Desktop — Caixa de correio</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Caixa de correio</translation>
    </message>
    <message>
        <source>Emails sent by the built-in server. They stay on this computer and need no connection.</source>
        <translation>E-mails enviados pelo servidor integrado. Ficam neste computador e podem ser consultados sem ligação à rede.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Read the mailbox again (it also refreshes every few seconds)</source>
        <translation>Ler novamente a caixa de correio (também é atualizada automaticamente a cada poucos segundos)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>No mail yet. Mail sent by the built-in server appears here.</source>
        <translation>Ainda não há e-mails. Os e-mails enviados pelo servidor integrado aparecem aqui.</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Email content</source>
        <translation>Conteúdo do e-mail</translation>
    </message>
    <message>
        <source>Select an email to read it.</source>
        <translation>Selecione um e-mail para o ler.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ownership transferred to %1. You are now an administrator of the company.</source>
        <translation>Propriedade transferida para %1. Passou a ser administrador da empresa.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Proprietário</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilizador</translation>
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
        <translation>Terminar sessão</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilizadores</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Faturação</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>A minha conta</translation>
    </message>
    <message>
        <source>Activate device</source>
        <translation>Ativar dispositivo</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Conta</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Dispositivos</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Terminar sessão</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Mailbox (this computer)</source>
        <translation>&amp;Caixa de correio (este computador)</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Change %1</source>
        <translation>Alterar os dados de %1</translation>
    </message>
    <message>
        <source>Ownership moves only by a transfer, on the Company page.</source>
        <translation>A propriedade só muda através de uma transferência, na página « Empresa ».</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>A guardar…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>AKONet Desktop — Change a person</source>
        <translation>AKONet Desktop — Alterar os dados de uma pessoa</translation>
    </message>
    <message>
        <source>Change a person</source>
        <translation>Alterar os dados de uma pessoa</translation>
    </message>
    <message>
        <source>What this person is in the company. Their email address and password are theirs: only they can change them.</source>
        <translation>A posição desta pessoa na empresa. O endereço de e-mail e a palavra-passe pertencem-lhe: só ela os pode alterar.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome próprio</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apelido</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Kind and role</source>
        <translation>Tipo e função</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último início de sessão</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Enter a valid email address, like name@company.com.</source>
        <translation>Introduza um endereço de e-mail válido, por exemplo nome@empresa.pt.</translation>
    </message>
    <message>
        <source>The two email addresses are different.</source>
        <translation>Os dois endereços de e-mail são diferentes.</translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation>As duas palavras-passe são diferentes.</translation>
    </message>
    <message>
        <source>Enter a valid phone number for this country, e.g. +34 912 345 678.</source>
        <translation>Introduza um número de telefone válido para este país, por exemplo +351 212 345 678.</translation>
    </message>
    <message>
        <source>This number is not valid for the chosen identification type.</source>
        <translation>Este número não é válido para o tipo de identificação escolhido.</translation>
    </message>
    <message>
        <source>Choose an identification type of this country.</source>
        <translation>Escolha um tipo de identificação deste país.</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Escolha um país da lista.</translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation>Escolha um idioma da lista.</translation>
    </message>
    <message>
        <source>Choose a password different from your current one.</source>
        <translation>Escolha uma palavra-passe diferente da atual.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your app, or a recovery code.</source>
        <translation>Introduza o código de 6 dígitos da sua aplicação ou um código de recuperação.</translation>
    </message>
    <message>
        <source>Complete the company step first.</source>
        <translation>Conclua primeiro o passo « A sua empresa ».</translation>
    </message>
    <message>
        <source>Paste the whole link or code from the email.</source>
        <translation>Cole a ligação ou o código completo do e-mail.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Este campo é obrigatório.</translation>
    </message>
    <message>
        <source>This is too long (at most %1 characters).</source>
        <translation>O texto é demasiado longo (máximo de %1 caracteres).</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Este valor não é válido.</translation>
    </message>
    <message>
        <source>The two values are different.</source>
        <translation>Os dois valores são diferentes.</translation>
    </message>
    <message>
        <source>Not available for this country.</source>
        <translation>Não disponível para este país.</translation>
    </message>
    <message>
        <source>This address contains a special form of a character (such as “ﬁ”, a full-width letter or a sign that looks like a letter). Type it with ordinary letters.</source>
        <translation>Este endereço contém uma forma especial de um carácter (como «ﬁ», uma letra de largura total ou um sinal parecido com uma letra). Escreva-o com letras normais.</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Pelo menos %1 caracteres</translation>
    </message>
    <message>
        <source>At most %1 characters</source>
        <translation>No máximo %1 caracteres</translation>
    </message>
    <message>
        <source>An uppercase letter</source>
        <translation>Uma letra maiúscula</translation>
    </message>
    <message>
        <source>A digit</source>
        <translation>Um algarismo</translation>
    </message>
    <message>
        <source>A symbol, like ! ? # or -</source>
        <translation>Um símbolo, como ! ? # ou -</translation>
    </message>
    <message>
        <source>Not a common password</source>
        <translation>Não ser uma palavra-passe comum</translation>
    </message>
    <message>
        <source>Not your name or email</source>
        <translation>Não conter o seu nome nem e-mail</translation>
    </message>
    <message>
        <source>No invisible or control characters</source>
        <translation>Sem caracteres invisíveis ou de controlo</translation>
    </message>
    <message>
        <source>Both passwords match</source>
        <translation>As duas palavras-passe coincidem</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Muito fraca</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Fraca</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Razoável</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Muito forte</translation>
    </message>
    <message>
        <source>Wrong email or password. 1 attempt left before the account is blocked.</source>
        <translation>E-mail ou palavra-passe incorretos. Resta 1 tentativa antes de a conta ser bloqueada.</translation>
    </message>
    <message>
        <source>Wrong email or password. %1 attempts left.</source>
        <translation>E-mail ou palavra-passe incorretos. Restam %1 tentativas.</translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>A palavra-passe não está correta.</translation>
    </message>
    <message>
        <source>The password is not correct. 1 attempt left before the account is blocked.</source>
        <translation>A palavra-passe não está correta. Resta 1 tentativa antes de a conta ser bloqueada.</translation>
    </message>
    <message>
        <source>The password is not correct. %1 attempts left.</source>
        <translation>A palavra-passe não está correta. Restam %1 tentativas.</translation>
    </message>
    <message>
        <source>The code is not correct.</source>
        <translation>O código não está correto.</translation>
    </message>
    <message>
        <source>The code is not correct. 1 attempt left before the account is blocked.</source>
        <translation>O código não está correto. Resta 1 tentativa antes de a conta ser bloqueada.</translation>
    </message>
    <message>
        <source>The code is not correct. %1 attempts left.</source>
        <translation>O código não está correto. Restam %1 tentativas.</translation>
    </message>
    <message>
        <source>This account is blocked after %1 failed attempts. We sent an email explaining how to reactivate it by choosing a new password. No email? Use « Forgot your password? ».</source>
        <translation>Esta conta foi bloqueada após %1 tentativas falhadas. Enviámos um e-mail a explicar como reativá-la escolhendo uma nova palavra-passe. Não recebeu o e-mail? Utilize « Esqueceu-se da palavra-passe? ».</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins from this network. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados inícios de sessão falhados a partir desta rede. Tente novamente dentro de %n segundo.</numerusform>
            <numerusform>Demasiados inícios de sessão falhados a partir desta rede. Tente novamente dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins from this network. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Demasiados inícios de sessão falhados a partir desta rede. Tente novamente dentro de %n minuto.</numerusform>
            <numerusform>Demasiados inícios de sessão falhados a partir desta rede. Tente novamente dentro de %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>This link has already been used. Sign in, or ask for a new link.</source>
        <translation>Esta ligação já foi utilizada. Inicie sessão ou peça uma nova ligação.</translation>
    </message>
    <message>
        <source>This link has expired. Ask for a new one.</source>
        <translation>Esta ligação expirou. Peça uma nova.</translation>
    </message>
    <message>
        <source>This link or code is not valid. Paste it again from the email.</source>
        <translation>Esta ligação ou código não é válido. Volte a colá-lo a partir do e-mail.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your connection, then retry.</source>
        <translation>Não é possível contactar o servidor. Verifique a ligação à rede e tente novamente.</translation>
    </message>
    <message>
        <source>The server is taking too long to answer. Retry in a moment.</source>
        <translation>O servidor está a demorar demasiado a responder. Tente novamente daqui a pouco.</translation>
    </message>
    <message>
        <source>The server had a problem and could not complete this. Retry in a moment.</source>
        <translation>O servidor teve um problema e não conseguiu concluir a operação. Tente novamente daqui a pouco.</translation>
    </message>
    <message>
        <source>This email address already has an account. Sign in, or use « Forgot your password? ».</source>
        <translation>Já existe uma conta com este endereço de e-mail. Inicie sessão ou utilize « Esqueceu-se da palavra-passe? ».</translation>
    </message>
    <message>
        <source>This email address already belongs to an AKONet account.</source>
        <translation>Este endereço de e-mail já pertence a uma conta AKONet.</translation>
    </message>
    <message>
        <source>This address already has a pending invitation. Send it again from the list instead.</source>
        <translation>Este endereço já tem um convite pendente. Em vez disso, reenvie-o a partir da lista.</translation>
    </message>
    <message>
        <source>This invitation has already been accepted.</source>
        <translation>Este convite já foi aceite.</translation>
    </message>
    <message>
        <source>Too many requests from this computer. Wait a few minutes, then retry.</source>
        <translation>Demasiados pedidos a partir deste computador. Aguarde alguns minutos e tente novamente.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>A sua sessão terminou. Inicie sessão novamente.</translation>
    </message>
    <message>
        <source>For your safety this session was ended. Sign in again.</source>
        <translation>Por motivos de segurança, esta sessão foi terminada. Inicie sessão novamente.</translation>
    </message>
    <message>
        <source>Some fields need your attention.</source>
        <translation>Alguns campos requerem a sua atenção.</translation>
    </message>
    <message>
        <source>The time to enter the code has run out. Sign in again with your password.</source>
        <translation>O tempo para introduzir o código esgotou-se. Inicie sessão de novo com a sua palavra-passe.</translation>
    </message>
    <message>
        <source>Your company requires two-step verification for administrators. Turn it on in « My account ».</source>
        <translation>A sua empresa exige a verificação em dois passos aos administradores. Ative-a em « A minha conta ».</translation>
    </message>
    <message>
        <source>Two-step verification is already on.</source>
        <translation>A verificação em dois passos já está ativada.</translation>
    </message>
    <message>
        <source>Two-step verification is not on, or its set-up has expired. Start again.</source>
        <translation>A verificação em dois passos não está ativada ou a sua configuração expirou. Comece de novo.</translation>
    </message>
    <message>
        <source>This session has already ended.</source>
        <translation>Esta sessão já terminou.</translation>
    </message>
    <message>
        <source>The request was refused: %1</source>
        <translation>O pedido foi recusado: %1</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Ocorreu um erro: %1</translation>
    </message>
</context>
<context>
    <name>PasswordInput</name>
    <message>
        <source>Hide password</source>
        <translation>Ocultar palavra-passe</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Mostrar palavra-passe</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Forgot your password?</source>
        <translation>Esqueceu-se da palavra-passe?</translation>
    </message>
    <message>
        <source>Check your inbox</source>
        <translation>Consulte a sua caixa de entrada</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Escolha uma nova palavra-passe</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Palavra-passe alterada</translation>
    </message>
    <message>
        <source>Use another address</source>
        <translation>Utilizar outro endereço</translation>
    </message>
    <message>
        <source>Ask for a new link</source>
        <translation>Pedir uma nova ligação</translation>
    </message>
    <message>
        <source>Change password and sign in</source>
        <translation>Alterar palavra-passe e iniciar sessão</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Alterar palavra-passe</translation>
    </message>
    <message>
        <source>We sent the email again.</source>
        <translation>Reenviámos o e-mail.</translation>
    </message>
    <message>
        <source>Paste the link or the code from the email we sent you. It is valid for %1 minutes.</source>
        <translation>Cole a ligação ou o código do e-mail que lhe enviámos. É válido durante %1 minutos.</translation>
    </message>
    <message>
        <source>If an account uses %1, we sent it an email with a link to choose a new password. It is valid for %2 minutes.</source>
        <translation>Se existir uma conta com %1, enviámos-lhe um e-mail com uma ligação para escolher uma nova palavra-passe. A ligação é válida durante %2 minutos.</translation>
    </message>
    <message>
        <source>AKONet Desktop — Password recovery</source>
        <translation>AKONet Desktop — Recuperação da palavra-passe</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Enter the email address you use to sign in, the one you registered with. We will send it a link to choose a new password. If your account is blocked, the new password also reactivates it.</source>
        <translation>Introduza o endereço de e-mail com que inicia sessão, o mesmo com que se registou. Enviaremos para esse endereço uma ligação para escolher uma nova palavra-passe. Se a sua conta estiver bloqueada, a nova palavra-passe também a reativa.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Endereço de e-mail</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nome@empresa.pt</translation>
    </message>
    <message>
        <source>Send the link</source>
        <translation>Enviar a ligação</translation>
    </message>
    <message>
        <source>Link or code from the email</source>
        <translation>Ligação ou código do e-mail</translation>
    </message>
    <message>
        <source>Paste the link or the code here</source>
        <translation>Cole aqui a ligação ou o código</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Send it again</source>
        <translation>Enviar novamente</translation>
    </message>
    <message>
        <source>Choose a new password. Changing it reactivates a blocked account and signs out your other sessions.</source>
        <translation>Escolha uma nova palavra-passe. Ao alterá-la, uma conta bloqueada é reativada e as suas outras sessões são terminadas.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nova palavra-passe</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <translation>Confirmar a nova palavra-passe</translation>
    </message>
    <message>
        <source>Your password has been changed and your account is active. Sign in with your new password.</source>
        <translation>A sua palavra-passe foi alterada e a sua conta está ativa. Inicie sessão com a nova palavra-passe.</translation>
    </message>
    <message>
        <source>Go to sign-in</source>
        <translation>Ir para o início de sessão</translation>
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
        <translation>A palavra-passe não cumpre os requisitos: %1</translation>
    </message>
    <message>
        <source>Your email</source>
        <translation>O seu e-mail</translation>
    </message>
    <message>
        <source>Check your inbox</source>
        <translation>Consulte a sua caixa de entrada</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>A sua empresa</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>A sua conta</translation>
    </message>
    <message>
        <source>Step %1 of 3 — %2</source>
        <translation>Passo %1 de 3 — %2</translation>
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
        <translation>Seguinte</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sessão</translation>
    </message>
    <message>
        <source>Open the link in the email we sent you to continue, or paste the link or the code here.</source>
        <translation>Para continuar, abra a ligação do e-mail que lhe enviámos ou cole aqui a ligação ou o código.</translation>
    </message>
    <message>
        <source>We sent an email to &lt;b&gt;%1&lt;/b&gt;. Open the link it contains to continue, or paste the link or the code from the email here.</source>
        <translation>Enviámos um e-mail para &lt;b&gt;%1&lt;/b&gt;. Para continuar, abra a ligação que contém ou cole aqui a ligação ou o código do e-mail.</translation>
    </message>
    <message>
        <source>Sent again. It may take a minute to arrive; check your spam folder too.</source>
        <translation>E-mail reenviado. Pode demorar um minuto a chegar; verifique também a pasta de spam.</translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation>Escolha um país</translation>
    </message>
    <message>
        <source>Choose an identification type</source>
        <translation>Escolha um tipo de identificação</translation>
    </message>
    <message>
        <source>AKONet Desktop — New registration</source>
        <translation>AKONet Desktop — Novo registo</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Enter the address of the person who administers your company&apos;s account. It becomes the username of the owner, the only one who can edit the company profile and see billing. We will send a link to this address to continue the registration.</source>
        <translation>Introduza o endereço da pessoa que administra a conta da sua empresa. Passará a ser o nome de utilizador do proprietário, a única pessoa que pode editar o perfil da empresa e consultar a faturação. Enviaremos uma ligação para este endereço para continuar o registo.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Endereço de e-mail</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nome@empresa.pt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Confirm the email address</source>
        <translation>Confirmar o endereço de e-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Link or code from the email</source>
        <translation>Ligação ou código do e-mail</translation>
    </message>
    <message>
        <source>Resend the email</source>
        <translation>Reenviar o e-mail</translation>
    </message>
    <message>
        <source>Your company&apos;s details. They are saved as you go: you can close this window and open the email link again later.</source>
        <translation>Os dados da sua empresa. São guardados à medida que avança: pode fechar esta janela e voltar a abrir a ligação do e-mail mais tarde.</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nome da empresa</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Identification type</source>
        <translation>Tipo de identificação</translation>
    </message>
    <message>
        <source>Identification number</source>
        <translation>Número de identificação</translation>
    </message>
    <message>
        <source>Contact phone number</source>
        <translation>Telefone de contacto</translation>
    </message>
    <message>
        <source>Your sign-in details as the company&apos;s owner (super-administrator).</source>
        <translation>Os seus dados de acesso como proprietário (superadministrador) da empresa.</translation>
    </message>
    <message>
        <source>Email address / username</source>
        <translation>E-mail / nome de utilizador</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome próprio</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apelido</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <source>Confirm the password</source>
        <translation>Confirmar a palavra-passe</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Delete the role?</source>
        <translation>Eliminar a função?</translation>
    </message>
    <message>
        <source>Delete the role « %1 »? This cannot be undone.</source>
        <translation>Eliminar a função « %1 »? Esta ação não pode ser anulada.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>A new role: name it, choose what it allows, then Save.</source>
        <translation>Uma nova função: dê-lhe um nome, escolha o que permite e, em seguida, clique em « Guardar ».</translation>
    </message>
    <message>
        <source>Held by %1. A role cannot be deleted while people hold it.</source>
        <translation>Atribuída a %1. Uma função não pode ser eliminada enquanto estiver atribuída a pessoas.</translation>
    </message>
    <message>
        <source>Nobody holds this role yet.</source>
        <translation>Esta função ainda não está atribuída a ninguém.</translation>
    </message>
    <message>
        <source>Give the people who hold it another role first.</source>
        <translation>Atribua primeiro outra função às pessoas que a têm.</translation>
    </message>
    <message>
        <source>Create role</source>
        <translation>Criar função</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>AKONet Desktop — Roles</source>
        <translation>AKONet Desktop — Funções</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Funções</translation>
    </message>
    <message>
        <source>A role says what the users who hold it may do. Administrators and the owner may do everything a role can give.</source>
        <translation>Uma função define o que os utilizadores que a têm podem fazer. Os administradores e o proprietário podem fazer tudo o que uma função pode conceder.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Roles of the company</source>
        <translation>Funções da empresa</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nova função</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Users with this role may:</source>
        <translation>Os utilizadores com esta função podem:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Application and system</source>
        <translation>Aplicação e sistema</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Última utilização</translation>
    </message>
    <message>
        <source>Unknown application</source>
        <translation>Aplicação desconhecida</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este computador</translation>
    </message>
    <message>
        <source>Signed in %1</source>
        <translation>Sessão iniciada em %1</translation>
    </message>
</context>
<context>
    <name>StatementsModel</name>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>Billed devices</source>
        <translation>Dispositivos faturados</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montante</translation>
    </message>
</context>
<context>
    <name>TotpDisableDialog</name>
    <message>
        <source>Turning off…</source>
        <translation>A desativar…</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Desativar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>AKONet Desktop — Two-step verification</source>
        <translation>AKONet Desktop — Verificação em dois passos</translation>
    </message>
    <message>
        <source>Turn off two-step verification</source>
        <translation>Desativar a verificação em dois passos</translation>
    </message>
    <message>
        <source>Your account will be protected by your password alone. Confirm with your password and a code from your authenticator app (or a recovery code).</source>
        <translation>A sua conta ficará protegida apenas pela palavra-passe. Confirme com a sua palavra-passe e um código da sua aplicação de autenticação (ou um código de recuperação).</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <source>Code from the app, or a recovery code</source>
        <translation>Código da aplicação ou código de recuperação</translation>
    </message>
</context>
<context>
    <name>TotpSetupDialog</name>
    <message>
        <source>AKONet recovery codes for %1</source>
        <translation>Códigos de recuperação do AKONet de %1</translation>
    </message>
    <message>
        <source>Each code signs you in once, in place of the code from your authenticator app.</source>
        <translation>Cada código permite iniciar sessão uma vez, em vez do código da sua aplicação de autenticação.</translation>
    </message>
    <message>
        <source>Save the recovery codes</source>
        <translation>Guardar os códigos de recuperação</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Ficheiros de texto (*.txt)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Não foi possível guardar o ficheiro: %1</translation>
    </message>
    <message>
        <source>Two-step verification is on</source>
        <translation>A verificação em dois passos está ativada</translation>
    </message>
    <message>
        <source>Turn on two-step verification</source>
        <translation>Ativar a verificação em dois passos</translation>
    </message>
    <message>
        <source>Your company requires two-step verification for administrators. Enter your password to start; you will need an authenticator app on your phone.</source>
        <translation>A sua empresa exige a verificação em dois passos aos administradores. Introduza a sua palavra-passe para começar; vai precisar de uma aplicação de autenticação no telemóvel.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>Copiar a chave</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Guardado em %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>AKONet Desktop — Two-step verification</source>
        <translation>AKONet Desktop — Verificação em dois passos</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Enter your password to start. You will need an authenticator app on your phone.</source>
        <translation>Introduza a sua palavra-passe para começar. Vai precisar de uma aplicação de autenticação no telemóvel.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>1. Scan this code with your authenticator app.</source>
        <translation>1. Leia este código com a sua aplicação de autenticação.</translation>
    </message>
    <message>
        <source>QR code to scan</source>
        <translation>Código QR para ler</translation>
    </message>
    <message>
        <source>Cannot scan it? Enter this key in the app instead (time-based):</source>
        <translation>Não consegue ler o código? Introduza antes esta chave na aplicação (baseada no tempo):</translation>
    </message>
    <message>
        <source>Key for manual entry</source>
        <translation>Chave para introduzir à mão</translation>
    </message>
    <message>
        <source>2. Enter the 6-digit code the app shows</source>
        <translation>2. Introduza o código de 6 dígitos que a aplicação mostra</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Ativar</translation>
    </message>
    <message>
        <source>Two-step verification is on. Keep these recovery codes somewhere safe, away from your phone: each one signs you in once if you lose your phone. They are shown only now.</source>
        <translation>A verificação em dois passos está ativada. Guarde estes códigos de recuperação num local seguro, longe do telemóvel: cada um permite iniciar sessão uma vez se perder o telemóvel. Só são mostrados agora.</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Códigos de recuperação</translation>
    </message>
    <message>
        <source>Save as text file…</source>
        <translation>Guardar como ficheiro de texto…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
</context>
<context>
    <name>TransferOwnershipDialog</name>
    <message>
        <source>The password is not correct.</source>
        <translation>A palavra-passe está incorreta.</translation>
    </message>
    <message numerus="yes">
        <source>The password is not correct. %n attempt(s) left before your account is blocked.</source>
        <translation>
            <numerusform>A palavra-passe está incorreta. Resta %n tentativa antes de a sua conta ser bloqueada.</numerusform>
            <numerusform>A palavra-passe está incorreta. Restam %n tentativas antes de a sua conta ser bloqueada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your account is blocked after too many wrong passwords, and the company is still yours. We sent you an email explaining how to reactivate your account by choosing a new password.</source>
        <translation>A sua conta foi bloqueada após demasiadas palavras-passe incorretas e a empresa continua a ser sua. Enviámos-lhe um e-mail a explicar como reativar a conta escolhendo uma nova palavra-passe.</translation>
    </message>
    <message>
        <source>%1 is no longer an active administrator of the company (blocked, removed or given another role). Choose someone else.</source>
        <translation>%1 deixou de ser um administrador ativo da empresa (conta bloqueada, pessoa removida ou com outra função atribuída). Escolha outra pessoa.</translation>
    </message>
    <message>
        <source>You are no longer the owner of this company, so you cannot transfer it. Sign out and sign in again to see what you can do now.</source>
        <translation>Já não é o proprietário desta empresa, pelo que não a pode transferir. Termine sessão e inicie sessão novamente para ver o que pode fazer agora.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; becomes the owner: only they can edit the company profile, see billing and transfer the company again.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; passa a ser o proprietário: só essa pessoa pode editar o perfil da empresa, consultar a faturação e voltar a transferir a empresa.</translation>
    </message>
    <message>
        <source>The administrator you choose becomes the owner: only they can edit the company profile, see billing and transfer the company again.</source>
        <translation>O administrador que escolher passa a ser o proprietário: só essa pessoa pode editar o perfil da empresa, consultar a faturação e voltar a transferir a empresa.</translation>
    </message>
    <message>
        <source>You become an administrator: you keep managing devices and people.</source>
        <translation>Passa a ser administrador: continua a gerir dispositivos e pessoas.</translation>
    </message>
    <message>
        <source>You both receive an email about the change.</source>
        <translation>Ambos recebem um e-mail sobre a alteração.</translation>
    </message>
    <message>
        <source>Hand &lt;b&gt;%1&lt;/b&gt; over to one of its administrators. Once you confirm:</source>
        <translation>Transfira &lt;b&gt;%1&lt;/b&gt; para um dos respetivos administradores. Depois de confirmar:</translation>
    </message>
    <message>
        <source>Transferring…</source>
        <translation>A transferir…</translation>
    </message>
    <message>
        <source>Transfer ownership</source>
        <translation>Transferir a propriedade</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>AKONet Desktop — Transfer ownership</source>
        <translation>AKONet Desktop — Transferir a propriedade</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Novo proprietário</translation>
    </message>
    <message>
        <source>Search by name or email</source>
        <translation>Pesquisar por nome ou e-mail</translation>
    </message>
    <message>
        <source>Search administrators</source>
        <translation>Pesquisar administradores</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administradores</translation>
    </message>
    <message>
        <source>Your company has no active administrator to hand it over to. Invite an administrator first (or make a member an administrator), then come back here.</source>
        <translation>A sua empresa não tem nenhum administrador ativo para quem a transferir. Convide primeiro um administrador (ou promova um membro a administrador) e depois volte aqui.</translation>
    </message>
    <message>
        <source>Your current password</source>
        <translation>A sua palavra-passe atual</translation>
    </message>
</context>
<context>
    <name>UsersTexts</name>
    <message>
        <source>Owner</source>
        <translation>Proprietário</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilizador</translation>
    </message>
    <message>
        <source>Owner: every privilege; the only one who edits the company profile and sees billing.</source>
        <translation>Proprietário: todos os privilégios; a única pessoa que edita o perfil da empresa e consulta a faturação.</translation>
    </message>
    <message>
        <source>Administrator: manages devices, users and roles; not the profile or billing.</source>
        <translation>Administrador: gere dispositivos, utilizadores e funções; não o perfil nem a faturação.</translation>
    </message>
    <message>
        <source>User: may do what their role allows.</source>
        <translation>Utilizador: pode fazer o que a sua função permite.</translation>
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
        <translation>Ativar dispositivos</translation>
    </message>
    <message>
        <source>Rename devices and change their location</source>
        <translation>Mudar o nome dos dispositivos e alterar a respetiva localização</translation>
    </message>
    <message>
        <source>Edit the company profile</source>
        <translation>Editar o perfil da empresa</translation>
    </message>
    <message>
        <source>See billing</source>
        <translation>Consultar a faturação</translation>
    </message>
    <message>
        <source>Can only look</source>
        <translation>Apenas consultar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln utilizador</numerusform>
            <numerusform>%Ln utilizadores</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Convidado</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Active: can sign in.</source>
        <translation>Ativo: pode iniciar sessão.</translation>
    </message>
    <message>
        <source>Invited: has not accepted the invitation yet.</source>
        <translation>Convidado: ainda não aceitou o convite.</translation>
    </message>
    <message>
        <source>Locked after too many wrong passwords: unlock, or let them reset the password.</source>
        <translation>Bloqueado após demasiadas palavras-passe incorretas: desbloqueie a conta ou deixe a pessoa repor a palavra-passe.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln pessoa</numerusform>
            <numerusform>%Ln pessoas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches this search.</source>
        <translation>Ninguém corresponde a esta pesquisa.</translation>
    </message>
    <message>
        <source>Nobody here yet. Invite the people who work with you.</source>
        <translation>Ainda não há ninguém aqui. Convide as pessoas que trabalham consigo.</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (você)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Invitation sent %1</source>
        <translation>Convite enviado em %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Válido até %1</translation>
    </message>
    <message>
        <source>Invitation sent to %1.</source>
        <translation>Convite enviado para %1.</translation>
    </message>
    <message>
        <source>Invitation sent again to %1.</source>
        <translation>Convite reenviado para %1.</translation>
    </message>
    <message>
        <source>The invitation of %1 was revoked.</source>
        <translation>O convite para %1 foi revogado.</translation>
    </message>
    <message>
        <source>%1 is unlocked and was told by email.</source>
        <translation>A conta de %1 foi desbloqueada e a pessoa foi notificada por e-mail.</translation>
    </message>
    <message>
        <source>A password reset email was sent to %1.</source>
        <translation>Foi enviado para %1 um e-mail de reposição da palavra-passe.</translation>
    </message>
    <message>
        <source>%1 was removed from the company.</source>
        <translation>%1 deixou de fazer parte da empresa.</translation>
    </message>
    <message>
        <source>Changes to %1 saved.</source>
        <translation>As alterações a %1 foram guardadas.</translation>
    </message>
    <message>
        <source>The owner can be neither removed nor made an administrator or user. Transfer ownership first.</source>
        <translation>O proprietário não pode ser removido nem passar a administrador ou utilizador. Transfira primeiro a propriedade.</translation>
    </message>
    <message>
        <source>You cannot remove your own account.</source>
        <translation>Não pode remover a sua própria conta.</translation>
    </message>
    <message>
        <source>People or pending invitations hold this role. Give them another role first.</source>
        <translation>Esta função está atribuída a pessoas ou a convites pendentes. Atribua-lhes primeiro outra função.</translation>
    </message>
    <message>
        <source>Another role already has this name.</source>
        <translation>Já existe outra função com este nome.</translation>
    </message>
    <message>
        <source>Only the owner and administrators can manage users.</source>
        <translation>Apenas o proprietário e os administradores podem gerir utilizadores.</translation>
    </message>
    <message>
        <source>This person or role no longer exists. The list was refreshed.</source>
        <translation>Esta pessoa ou função já não existe. A lista foi atualizada.</translation>
    </message>
    <message>
        <source>This invitation has already been accepted. The list was refreshed.</source>
        <translation>Este convite já foi aceite. A lista foi atualizada.</translation>
    </message>
    <message>
        <source>Enter a name for the role.</source>
        <translation>Introduza um nome para a função.</translation>
    </message>
    <message>
        <source>The role name contains characters that are not allowed.</source>
        <translation>O nome da função contém caracteres não permitidos.</translation>
    </message>
    <message>
        <source>Choose a role for this user.</source>
        <translation>Escolha uma função para este utilizador.</translation>
    </message>
    <message>
        <source>Choose one of the company&apos;s roles.</source>
        <translation>Escolha uma das funções da empresa.</translation>
    </message>
    <message>
        <source>Choose administrator or user.</source>
        <translation>Escolha administrador ou utilizador.</translation>
    </message>
    <message>
        <source>Enter the first name.</source>
        <translation>Introduza o nome próprio.</translation>
    </message>
    <message>
        <source>Enter the last name.</source>
        <translation>Introduza o apelido.</translation>
    </message>
    <message>
        <source>Enter the email address to invite.</source>
        <translation>Introduza o endereço de e-mail a convidar.</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>Remove %1?</source>
        <translation>Remover %1?</translation>
    </message>
    <message>
        <source>%1 (%2) will be signed out at once and can no longer sign in. Their address is free to be invited again. This cannot be undone.</source>
        <translation>A sessão de %1 (%2) será terminada de imediato e esta pessoa deixará de poder iniciar sessão. O endereço poderá voltar a ser convidado. Esta ação não pode ser anulada.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Revoke the invitation?</source>
        <translation>Revogar o convite?</translation>
    </message>
    <message>
        <source>The link sent to %1 will stop working. You can invite them again later.</source>
        <translation>A ligação enviada para %1 deixará de funcionar. Pode voltar a convidar esta pessoa mais tarde.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revogar</translation>
    </message>
    <message>
        <source>The owner cannot be removed. Transfer ownership first, on the Company page.</source>
        <translation>O proprietário não pode ser removido. Transfira primeiro a propriedade, na página « Empresa ».</translation>
    </message>
    <message>
        <source>You cannot remove your own account.</source>
        <translation>Não pode remover a sua própria conta.</translation>
    </message>
    <message>
        <source>Remove this person from the company: their sessions end at once</source>
        <translation>Remover esta pessoa da empresa: as respetivas sessões terminam de imediato</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilizadores</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Número de pessoas</translation>
    </message>
    <message>
        <source>Roles…</source>
        <translation>Funções…</translation>
    </message>
    <message>
        <source>Create roles and choose what each lets its users do</source>
        <translation>Criar funções e escolher o que cada uma permite fazer aos respetivos utilizadores</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>Convidar…</translation>
    </message>
    <message>
        <source>Invite a person by email to join your company</source>
        <translation>Convidar uma pessoa por e-mail para se juntar à sua empresa</translation>
    </message>
    <message>
        <source>The people of your company and the invitations waiting for an answer. Administrators manage devices, users and roles; users do what their role allows.</source>
        <translation>As pessoas da sua empresa e os convites a aguardar resposta. Os administradores gerem dispositivos, utilizadores e funções; os utilizadores fazem o que a sua função permite.</translation>
    </message>
    <message>
        <source>Search by name or email address</source>
        <translation>Pesquisar por nome ou endereço de e-mail</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Pesquisar pessoas</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Show only people with this status</source>
        <translation>Mostrar apenas as pessoas com este estado</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Load the list again now</source>
        <translation>Recarregar a lista agora</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Change kind or role…</source>
        <translation>Alterar tipo ou função…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Let this person sign in again; they get an email saying who unlocked the account</source>
        <translation>Permitir que esta pessoa volte a iniciar sessão; recebe um e-mail a indicar quem desbloqueou a conta</translation>
    </message>
    <message>
        <source>Send password reset</source>
        <translation>Enviar reposição da palavra-passe</translation>
    </message>
    <message>
        <source>Email this person a link to choose a new password; nobody else ever sees it</source>
        <translation>Enviar a esta pessoa, por e-mail, uma ligação para escolher uma nova palavra-passe; mais ninguém a vê</translation>
    </message>
    <message>
        <source>Send invitation again</source>
        <translation>Reenviar convite</translation>
    </message>
    <message>
        <source>Revoke invitation…</source>
        <translation>Revogar convite…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remover…</translation>
    </message>
</context>
</TS>
