<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ImageChat::AppSettings</name>
    <message>
        <location filename="../core/appsettings.cpp" line="+32"/>
        <source>Guest</source>
        <translation>Convidado</translation>
    </message>
</context>
<context>
    <name>ImageChat::CanvasView</name>
    <message>
        <location filename="../ui/canvasview.cpp" line="+45"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clusteritem.cpp" line="+33"/>
        <source>%n markers here. Click to zoom in.</source>
        <translation>
            <numerusform>%n marcador aqui. Clique para ampliar.</numerusform>
            <numerusform>%n marcadores aqui. Clique para ampliar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageChat::CommentView</name>
    <message>
        <location filename="../ui/commentview.cpp" line="+51"/>
        <source>Save</source>
        <comment>save an edited comment</comment>
        <translation>Salvar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(edited)</source>
        <comment>a comment changed after it was posted</comment>
        <translation>(editado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit</source>
        <comment>edit a comment</comment>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <comment>delete a comment</comment>
        <translation>Excluir</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Delete this comment?</source>
        <translation>Excluir este comentário?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <comment>confirm deleting a comment</comment>
        <translation>Excluir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep</source>
        <comment>do not delete the comment</comment>
        <translation>Manter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ctrl+Enter saves, Esc cancels</source>
        <translation>Ctrl+Enter salva, Esc cancela</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Someone</source>
        <comment>author with no display name</comment>
        <translation>Alguém</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edited %1</source>
        <translation>Editado em %1</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Sending…</source>
        <comment>an own change the server has not confirmed yet</comment>
        <translation>Enviando…</translation>
    </message>
</context>
<context>
    <name>ImageChat::ConnectionPanel</name>
    <message>
        <location filename="../ui/connectionpanel.cpp" line="+51"/>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security:</source>
        <translation>Segurança:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pinned certificate:</source>
        <translation>Certificado fixado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round trip:</source>
        <comment>time from the heartbeat&apos;s ping to its pong</comment>
        <translation>Tempo de ida e volta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Room epoch:</source>
        <comment>epoch: which history of the room this is</comment>
        <translation>Época da sala:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last event:</source>
        <comment>the sequence number of the last event received</comment>
        <translation>Último evento:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages received:</source>
        <translation>Mensagens recebidas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes received:</source>
        <translation>Bytes recebidos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages sent:</source>
        <translation>Mensagens enviadas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes sent:</source>
        <translation>Bytes enviados:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnects:</source>
        <translation>Reconexões:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error:</source>
        <translation>Último erro:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy these figures, e.g. for a problem report</source>
        <translation>Copiar estes valores, por exemplo para relatar um problema</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Encrypted (TLS, wss://)</source>
        <translation>Criptografada (TLS, wss://)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not encrypted (ws://)</source>
        <translation>Não criptografada (ws://)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catching up</source>
        <comment>connected again, receiving what was missed</comment>
        <translation>Sincronizando</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Live</source>
        <comment>connected and in sync</comment>
        <translation>Conectado</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Waiting to reconnect (%n s)</source>
        <translation>
            <numerusform>Reconectando em %n s</numerusform>
            <numerusform>Reconectando em %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused: %1</source>
        <translation>Recusado: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not measured yet</source>
        <translation>Ainda não medido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None yet</source>
        <translation>Nenhuma ainda</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (at %2)</source>
        <translation>%1 (às %2)</translation>
    </message>
</context>
<context>
    <name>ImageChat::ConnectionStatus</name>
    <message>
        <location filename="../core/connectionstatus.cpp" line="+72"/>
        <source>You are offline, so this was not sent. It will not be sent later; send it again when you are back online.</source>
        <translation>Você está offline, por isso isto não foi enviado. Não será enviado mais tarde; envie de novo quando voltar a ficar online.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected to the room: %1</source>
        <translation>Não conectado à sala: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected to the server, so this was not sent. It will not be sent later; send it again once the connection is back.</source>
        <translation>Não conectado ao servidor, por isso isto não foi enviado. Não será enviado mais tarde; envie de novo quando a conexão for restabelecida.</translation>
    </message>
</context>
<context>
    <name>ImageChat::ConversationDelegate</name>
    <message>
        <location filename="../ui/conversationlist.cpp" line="+37"/>
        <source>No replies</source>
        <translation>Nenhuma resposta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 reply</source>
        <translation>1 resposta</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n replies</source>
        <comment>comments after the first one in a conversation</comment>
        <translation>
            <numerusform>%n resposta</numerusform>
            <numerusform>%n respostas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Someone</source>
        <comment>author with no display name</comment>
        <translation>Alguém</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ Resolved</source>
        <comment>state of a conversation whose point has been dealt with</comment>
        <translation>✓ Resolvida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending…</source>
        <comment>an own change the server has not confirmed yet</comment>
        <translation>Enviando…</translation>
    </message>
</context>
<context>
    <name>ImageChat::ConversationList</name>
    <message>
        <location line="+124"/>
        <source>All</source>
        <comment>filter: every conversation</comment>
        <translation>Todas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <comment>filter: conversations not resolved yet</comment>
        <translation>Abertas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved</source>
        <comment>filter: conversations marked as dealt with</comment>
        <translation>Resolvidas</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
</context>
<context>
    <name>ImageChat::DesktopApp</name>
    <message>
        <location filename="../app/gui/desktopapp.cpp" line="+29"/>
        <source>The tenant token could not be kept in the keychain; ImageChat uses it until it closes.</source>
        <translation>O token de locatário não pôde ser guardado no chaveiro; o ImageChat o usa até ser fechado.</translation>
    </message>
</context>
<context>
    <name>ImageChat::ErrorText</name>
    <message numerus="yes">
        <location filename="../core/errortext.cpp" line="+24"/>
        <source>Too many changes at once; ImageChat tries again in %n second(s).</source>
        <translation>
            <numerusform>Alterações demais de uma vez; o ImageChat tenta de novo em %n segundo.</numerusform>
            <numerusform>Alterações demais de uma vez; o ImageChat tenta de novo em %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Your organisation has used its quota of %n room(s) on this server; ask its operator for more.</source>
        <translation>
            <numerusform>Sua organização usou sua cota de %n sala neste servidor; peça mais ao operador dele.</numerusform>
            <numerusform>Sua organização usou sua cota de %n salas neste servidor; peça mais ao operador dele.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your organisation has used its storage quota (%1) on this server; ask its operator for more.</source>
        <translation>Sua organização usou sua cota de armazenamento (%1) neste servidor; peça mais ao operador dele.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The server could not read a message from this program.</source>
        <translation>O servidor não conseguiu ler uma mensagem deste programa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused a malformed request.</source>
        <translation>O servidor recusou uma solicitação malformada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not know this request; it may be an older version.</source>
        <translation>O servidor não conhece esta solicitação; talvez seja uma versão mais antiga.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server speaks another version of ImageChat; update the program or the server.</source>
        <translation>Este servidor usa outra versão do ImageChat; atualize o programa ou o servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not in the room yet; try again.</source>
        <translation>Ainda não está na sala; tente de novo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no such room on this server.</source>
        <translation>Não existe essa sala neste servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The room key is wrong; ask for the link again.</source>
        <translation>A chave da sala está errada; peça o link de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server does not recognise your identity.</source>
        <translation>Este servidor não reconhece sua identidade.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This marker or comment does not exist any more.</source>
        <translation>Este marcador ou comentário não existe mais.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This change was saved already.</source>
        <translation>Esta alteração já foi salva.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only its author or the room&apos;s owner may do this.</source>
        <translation>Só o autor ou o dono da sala pode fazer isso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The position is outside the image.</source>
        <translation>A posição está fora da imagem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment is too long (at most 4,000 characters).</source>
        <translation>O comentário é longo demais (no máximo 4.000 caracteres).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment is empty.</source>
        <translation>O comentário está vazio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This room or conversation has reached its size limit.</source>
        <translation>Esta sala ou conversa atingiu o limite de tamanho.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is too large for the server.</source>
        <translation>Isto é grande demais para o servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not accept this image (PNG, JPEG, GIF, BMP or WebP up to 30,000 pixels a side).</source>
        <translation>O servidor não aceita esta imagem (PNG, JPEG, GIF, BMP ou WebP de até 30.000 pixels por lado).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image was damaged on the way; try again.</source>
        <translation>A imagem foi danificada no caminho; tente de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not save this right now; nothing was changed.</source>
        <translation>O servidor não conseguiu salvar isto agora; nada foi alterado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creating rooms on this server needs a tenant token from its operator (Settings, Tenant token).</source>
        <translation>Criar salas neste servidor exige um token de locatário do operador (Configurações, Token de locatário).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server does not accept your tenant token; ask its operator for a current one.</source>
        <translation>O servidor não aceita seu token de locatário; peça um atual ao operador dele.</translation>
    </message>
</context>
<context>
    <name>ImageChat::ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.cpp" line="+8"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF report (*.pdf)</source>
        <translation>Relatório PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image with numbered markers (*.png)</source>
        <translation>Imagem com marcadores numerados (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W3C Web Annotations (*.jsonld)</source>
        <translation>Anotações Web W3C (*.jsonld)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ImageChat JSON (*.json)</source>
        <translation>JSON do ImageChat (*.json)</translation>
    </message>
</context>
<context>
    <name>ImageChat::FreedesktopNotifications</name>
    <message>
        <location filename="../ui/desktopnotifications.cpp" line="+53"/>
        <source>Open</source>
        <comment>open the marker</comment>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>ImageChat::IdentityManager</name>
    <message>
        <location filename="../core/identitymanager.cpp" line="+118"/>
        <source>%1 Your identity is kept until ImageChat quits: after a restart you can no longer edit or delete the comments you wrote before.</source>
        <comment>%1: why there is no keychain, a whole sentence</comment>
        <translation>%1 Sua identidade é mantida até o ImageChat ser fechado: depois de reiniciar, você não poderá mais editar nem excluir os comentários que escreveu antes.</translation>
    </message>
</context>
<context>
    <name>ImageChat::ImageDownload</name>
    <message>
        <location filename="../core/imagetransfer.cpp" line="+231"/>
        <source>The downloaded image is damaged (its checksum does not match the room&apos;s). Try joining again.</source>
        <translation>A imagem baixada está danificada (a soma de verificação não corresponde à da sala). Tente entrar novamente.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server sent more image data than announced.</source>
        <translation>O servidor enviou mais dados de imagem do que o anunciado.</translation>
    </message>
</context>
<context>
    <name>ImageChat::ImageInput</name>
    <message>
        <location filename="../ui/imageinput.cpp" line="+28"/>
        <source>Pasted image</source>
        <translation>Imagem colada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The clipboard holds no image.</source>
        <translation>A área de transferência não contém nenhuma imagem.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open %1: %2</source>
        <translation>Não é possível abrir %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is too large to share (%2 MB; the limit is %3 MB).</source>
        <translation>%1 é grande demais para compartilhar (%2 MB; o limite é %3 MB).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Dropped image</source>
        <translation>Imagem arrastada</translation>
    </message>
</context>
<context>
    <name>ImageChat::ImageTransfer</name>
    <message>
        <location filename="../core/imagetransfer.cpp" line="-214"/>
        <source>The server stopped answering.</source>
        <translation>O servidor parou de responder.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not reach the server at %1.</source>
        <translation>Não foi possível contatar o servidor em %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server closed the connection: %1</source>
        <translation>O servidor encerrou a conexão: %1</translation>
    </message>
</context>
<context>
    <name>ImageChat::JoinDialog</name>
    <message>
        <location filename="../ui/joindialog.cpp" line="+16"/>
        <source>Join a Room</source>
        <comment>room: a shared session on one image</comment>
        <translation>Entrar em uma sala</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the room link someone shared with you:</source>
        <translation>Cole o link da sala que alguém compartilhou com você:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Join</source>
        <comment>join a room</comment>
        <translation>Entrar</translation>
    </message>
</context>
<context>
    <name>ImageChat::KeychainCredentialStore</name>
    <message>
        <location filename="../ui/keychainstore.cpp" line="+37"/>
        <source>Access to the keychain was refused.</source>
        <translation>O acesso ao chaveiro foi negado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No keychain (such as GNOME Keyring or KWallet) could be reached.</source>
        <translation>Nenhum chaveiro (como o GNOME Keyring ou o KWallet) pôde ser acessado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain did not keep the secret.</source>
        <translation>O chaveiro não guardou o segredo.</translation>
    </message>
</context>
<context>
    <name>ImageChat::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+38"/>
        <source>ImageChat</source>
        <translation>ImageChat</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Sharing from this computer: others can join while ImageChat runs.</source>
        <translation>Compartilhando a partir deste computador: outras pessoas podem entrar enquanto o ImageChat estiver em execução.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This window already shows an image; open the new one from a new window.</source>
        <translation>Esta janela já mostra uma imagem; abra a nova em uma nova janela.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>%1 is not an image ImageChat can show (%2).</source>
        <translation>%1 não é uma imagem que o ImageChat consiga exibir (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+67"/>
        <source>%1 — ImageChat</source>
        <translation>%1 — ImageChat</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Open this room from its link.</source>
        <translation>Abra esta sala pelo link dela.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key of this room is no longer kept on this computer; open the room from its link again.</source>
        <translation>A chave desta sala não está mais guardada neste computador; abra a sala pelo link de novo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Joining — ImageChat</source>
        <translation>Entrando — ImageChat</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Image %p%</source>
        <translation>Imagem %p%</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(%1) %2</source>
        <comment>unread count, then the window&apos;s title</comment>
        <translation>(%1) %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing unread.</source>
        <translation>Nada não lido.</translation>
    </message>
</context>
<context>
    <name>ImageChat::MarkerComposer</name>
    <message>
        <location filename="../ui/markercomposer.cpp" line="+25"/>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write a comment…</source>
        <translation>Escreva um comentário…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter to send · Shift+Enter for a new line · Esc to cancel</source>
        <translation>Enter para enviar · Shift+Enter para nova linha · Esc para cancelar</translation>
    </message>
</context>
<context>
    <name>ImageChat::MentionNotifier</name>
    <message>
        <location filename="../core/mentionnotifier.cpp" line="+63"/>
        <source>Someone</source>
        <translation>Alguém</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mentioned you</source>
        <translation>%1 mencionou você</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 replied</source>
        <translation>%1 respondeu</translation>
    </message>
</context>
<context>
    <name>ImageChat::MessageBar</name>
    <message>
        <location filename="../ui/messagebar.cpp" line="+17"/>
        <source>Dismiss</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>ImageChat::OfflineBanner</name>
    <message>
        <location filename="../ui/offlinebanner.cpp" line="+17"/>
        <source>Retry now</source>
        <translation>Tentar agora</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline — you can view markers, new ones can&apos;t be sent</source>
        <comment>marker: a numbered pin on the image with its conversation</comment>
        <translation>Offline — você pode ver marcadores, mas não enviar novos</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Reconnecting in %n s —</source>
        <comment>followed by a Retry now button</comment>
        <translation>
            <numerusform>Reconectando em %n s —</numerusform>
            <numerusform>Reconectando em %n s —</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resynchronising…</source>
        <comment>catching up with changes made while disconnected</comment>
        <translation>Ressincronizando…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Can&apos;t join this room: %1</source>
        <comment>room: the shared session on one image</comment>
        <translation>Não é possível entrar nesta sala: %1</translation>
    </message>
</context>
<context>
    <name>ImageChat::Operation</name>
    <message>
        <location filename="../core/operation.cpp" line="+50"/>
        <source>Field &quot;%1&quot; %2.</source>
        <translation>O campo &quot;%1&quot; %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be an id of 16 characters (A-Z a-z 0-9 - _)</source>
        <translation>deve ser um id de 16 caracteres (A-Z a-z 0-9 - _)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>must be left out: what a change makes takes the change&apos;s broadcastId</source>
        <translation>deve ser omitido: o que uma alteração cria recebe o broadcastId dela</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be a number</source>
        <translation>deve ser um número</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>The marker position must lie on the image (x and y between 0 and 1).</source>
        <translation>A posição do marcador deve estar dentro da imagem (x e y entre 0 e 1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A comment cannot be empty.</source>
        <translation>Um comentário não pode ficar vazio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A comment can have at most %1 characters; this one has %2.</source>
        <translation>Um comentário pode ter no máximo %1 caracteres; este tem %2.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>must be a string</source>
        <translation>deve ser uma string</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be true or false</source>
        <translation>deve ser true ou false</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be an object</source>
        <translation>deve ser um objeto</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unknown request type &quot;%1&quot;.</source>
        <translation>Tipo de solicitação desconhecido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Not an event: &quot;%1&quot;.</source>
        <translation>Não é um evento: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>An event needs a positive &quot;seq&quot; and an author.</source>
        <translation>Um evento precisa de um &quot;seq&quot; positivo e de um autor.</translation>
    </message>
</context>
<context>
    <name>ImageChat::PdfReport</name>
    <message>
        <location filename="../export/pdfreport.cpp" line="+38"/>
        <source>Someone without a name</source>
        <translation>Alguém sem nome</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 marker, exported %1</source>
        <translation>1 marcador, exportado em %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n markers, exported %1</source>
        <translation>
            <numerusform>%n marcador, exportado em %1</numerusform>
            <numerusform>%n marcadores, exportados em %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No markers yet.</source>
        <translation>Nenhum marcador ainda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Marker %1</source>
        <translation>Marcador %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marker %1 (resolved)</source>
        <translation>Marcador %1 (resolvido)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(edited %1)</source>
        <translation>(editado em %1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+41"/>
        <source>The PDF report could not be made.</source>
        <translation>Não foi possível criar o relatório PDF.</translation>
    </message>
</context>
<context>
    <name>ImageChat::PostgresStore</name>
    <message>
        <location filename="../server/postgresstore.cpp" line="+166"/>
        <source>The server cannot reach its database; nothing was changed. Try again shortly.</source>
        <translation>O servidor não consegue acessar seu banco de dados; nada foi alterado. Tente novamente em instantes.</translation>
    </message>
</context>
<context>
    <name>ImageChat::Presence</name>
    <message>
        <location filename="../core/presence.cpp" line="+68"/>
        <source>Anonymous</source>
        <translation>Anônimo</translation>
    </message>
</context>
<context>
    <name>ImageChat::PresenceBar</name>
    <message>
        <location filename="../ui/presencebar.cpp" line="+82"/>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n here</source>
        <comment>people who have the room open, you included</comment>
        <translation>
            <numerusform>%n aqui</numerusform>
            <numerusform>%n aqui</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People who have this room open, you included</source>
        <translation>Pessoas com esta sala aberta, incluindo você</translation>
    </message>
</context>
<context>
    <name>ImageChat::Protocol</name>
    <message>
        <location filename="../core/protocol.cpp" line="+55"/>
        <source>The message is not valid JSON (%1 at offset %2).</source>
        <translation>A mensagem não é um JSON válido (%1 na posição %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A message must be a JSON object with a &quot;type&quot;.</source>
        <translation>Uma mensagem deve ser um objeto JSON com um &quot;type&quot;.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The hello must say which protocol version it speaks.</source>
        <translation>A mensagem hello deve informar qual versão do protocolo utiliza.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server speaks protocol version %1; the client speaks version %2. Update the older of the two.</source>
        <translation>Este servidor usa a versão %1 do protocolo; o cliente usa a versão %2. Atualize o mais antigo dos dois.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The hello&apos;s &quot;seq&quot; or &quot;pending&quot; is out of range.</source>
        <translation>O &quot;seq&quot; ou o &quot;pending&quot; da mensagem hello está fora do intervalo.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The server&apos;s welcome has no user id.</source>
        <translation>A mensagem welcome do servidor não contém ID de usuário.</translation>
    </message>
</context>
<context>
    <name>ImageChat::RoomExport</name>
    <message>
        <location filename="../export/roomexport.cpp" line="+69"/>
        <source>The room&apos;s image is not here yet.</source>
        <translation>A imagem da sala ainda não chegou.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The room&apos;s image cannot be read: %1</source>
        <translation>Não é possível ler a imagem da sala: %1</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>The image with its markers could not be made.</source>
        <translation>Não foi possível criar a imagem com seus marcadores.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>ImageChat::RoomExporter</name>
    <message>
        <location filename="../ui/roomexporter.cpp" line="+29"/>
        <source>ImageChat export</source>
        <translation>Exportação do ImageChat</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Exported to %1.</source>
        <translation>Exportado para %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export failed: %1</source>
        <translation>A exportação falhou: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting to %1…</source>
        <translation>Exportando para %1…</translation>
    </message>
</context>
<context>
    <name>ImageChat::RoomLink</name>
    <message>
        <location filename="../core/roomlink.cpp" line="+26"/>
        <source>The address has no server name.</source>
        <translation>O endereço não tem nome de servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address has no port number (like :47800 after the server name).</source>
        <translation>O endereço não tem número de porta (como :47800 após o nome do servidor).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address must not contain a user name or password.</source>
        <translation>O endereço não deve conter nome de usuário nem senha.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&quot;%1&quot; is not a server address; expected ws://HOST:PORT or wss://HOST:PORT.</source>
        <translation>&quot;%1&quot; não é um endereço de servidor; o esperado é ws://HOST:PORT ou wss://HOST:PORT.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A room link starts with imagechat:// — this text does not.</source>
        <translation>Um link de sala começa com imagechat:// — este texto não.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The room link is damaged: %1</source>
        <translation>O link da sala está danificado: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The room link has unexpected text after &quot;#&quot;.</source>
        <translation>O link da sala tem texto inesperado após &quot;#&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The room link does not name a valid room.</source>
        <translation>O link da sala não indica uma sala válida.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The room link has an unknown part &quot;%1&quot;.</source>
        <translation>O link da sala tem uma parte desconhecida: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The room link has no valid access key; ask for the link again.</source>
        <translation>O link da sala não tem uma chave de acesso válida; peça o link novamente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The room link&apos;s &quot;tls&quot; must be 0 or 1.</source>
        <translation>O &quot;tls&quot; do link da sala deve ser 0 ou 1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The room link&apos;s &quot;fp&quot; must be a SHA-256 fingerprint (64 hex digits) and needs tls=1.</source>
        <translation>O &quot;fp&quot; do link da sala deve ser uma impressão digital SHA-256 (64 dígitos hexadecimais) e requer tls=1.</translation>
    </message>
</context>
<context>
    <name>ImageChat::RoomSession</name>
    <message>
        <location filename="../core/roomsession.cpp" line="+93"/>
        <source>This room&apos;s image is not the one that was opened.</source>
        <translation>A imagem desta sala não é a que foi aberta.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Not connected to a room.</source>
        <translation>Não conectado a uma sala.</translation>
    </message>
</context>
<context>
    <name>ImageChat::RoomState</name>
    <message>
        <location filename="../core/roomstate.cpp" line="+21"/>
        <source>This marker no longer exists; it may have been deleted.</source>
        <translation>Este marcador não existe mais; talvez tenha sido excluído.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This comment no longer exists; it may have been deleted.</source>
        <translation>Este comentário não existe mais; talvez tenha sido excluído.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>A marker with this id already exists.</source>
        <translation>Já existe um marcador com este ID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+31"/>
        <source>This image already has the most markers a room can hold (%1).</source>
        <translation>Esta imagem já tem o número máximo de marcadores que uma sala comporta (%1).</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>This marker is there already; there is nothing to restore.</source>
        <translation>Este marcador já existe; não há nada para restaurar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no deleted marker with this id to restore.</source>
        <translation>Não há marcador excluído com este id para restaurar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the marker&apos;s creator or the room&apos;s owner can restore a marker.</source>
        <translation>Somente o criador do marcador ou o proprietário da sala pode restaurar um marcador.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A comment with this id already exists.</source>
        <translation>Já existe um comentário com este ID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This conversation already has the most comments it can hold (%1).</source>
        <translation>Esta conversa já tem o número máximo de comentários que comporta (%1).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only its author can change or delete a comment.</source>
        <translation>Somente o autor pode alterar ou excluir um comentário.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first comment opens the conversation and cannot be deleted on its own; edit it, or delete the marker.</source>
        <translation>O primeiro comentário abre a conversa e não pode ser excluído sozinho; edite-o ou exclua o marcador.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only the marker&apos;s creator or the room&apos;s owner can delete a marker.</source>
        <translation>Somente o criador do marcador ou o proprietário da sala pode excluir um marcador.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>The change leaves out its author&apos;s name, but the room knows no name for this author.</source>
        <translation>A alteração omite o nome do seu autor, mas a sala não conhece nenhum nome para esse autor.</translation>
    </message>
</context>
<context>
    <name>ImageChat::RoomView</name>
    <message>
        <location filename="../ui/roomview.cpp" line="+58"/>
        <location line="+79"/>
        <source>The marker was not moved: %1</source>
        <translation>O marcador não foi movido: %1</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>The room&apos;s image cannot be shown: %1</source>
        <translation>A imagem da sala não pode ser exibida: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not open the room: %1</source>
        <translation>Não foi possível abrir a sala: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A new marker was refused (%1). Its text was: %2</source>
        <translation>Um novo marcador foi recusado (%1). O texto dele era: %2</translation>
    </message>
</context>
<context>
    <name>ImageChat::ServerNode</name>
    <message>
        <location filename="../server/servernode.cpp" line="+39"/>
        <source>Cannot create the folder %1.</source>
        <translation>Não é possível criar a pasta %1.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The server is not running.</source>
        <translation>O servidor não está em execução.</translation>
    </message>
</context>
<context>
    <name>ImageChat::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+29"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Empty: ImageChat hosts shared rooms itself</source>
        <translation>Vazio: o próprio ImageChat hospeda as salas compartilhadas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only if the server&apos;s operator gave you one</source>
        <translation>Só se o operador do servidor lhe deu um</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional: a PEM file</source>
        <translation>Opcional: um arquivo PEM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate authority</source>
        <translation>Autoridade certificadora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados (*.pem *.crt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Given on the command line for this run; not saved.</source>
        <translation>Definido na linha de comando para esta execução; não é salvo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your name:</source>
        <translation>Seu nome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant token:</source>
        <translation>Token de locatário:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted authority:</source>
        <translation>Autoridade confiável:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new language is used from the next start of ImageChat.</source>
        <translation>O novo idioma é usado a partir da próxima vez que o ImageChat for iniciado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tell me about mentions and replies while ImageChat is not in front</source>
        <translation>Avisar sobre menções e respostas enquanto o ImageChat está em segundo plano</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notifications:</source>
        <translation>Notificações:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Others see your name next to your comments. The server is where shared images and conversations are kept, e.g. wss://chat.example.org:443.</source>
        <translation>Os outros veem seu nome ao lado dos seus comentários. O servidor é onde ficam guardadas as imagens e conversas compartilhadas, por exemplo, wss://chat.example.org:443.</translation>
    </message>
</context>
<context>
    <name>ImageChat::ShareDialog</name>
    <message>
        <location filename="../ui/sharedialog.cpp" line="+17"/>
        <source>Share</source>
        <translation>Compartilhar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone with this link can see this image and its conversations, and add their own:</source>
        <translation>Qualquer pessoa com este link pode ver esta imagem e suas conversas, e adicionar as próprias:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied to the clipboard.</source>
        <translation>Copiado para a área de transferência.</translation>
    </message>
</context>
<context>
    <name>ImageChat::SqlStore</name>
    <message>
        <location filename="../server/sqlstore.cpp" line="+89"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Não é possível abrir o banco de dados %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server could not store this change; nothing was changed.</source>
        <translation>O servidor não conseguiu armazenar esta alteração; nada foi alterado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This operation (same broadcastId) was already stored.</source>
        <translation>Esta operação (mesmo broadcastId) já foi armazenada.</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>This change came after its connection was given up and was reported as not saved; it was not stored.</source>
        <translation>Esta alteração chegou depois que sua conexão foi abandonada e ela foi informada como não salva; não foi armazenada.</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>This tenant no longer exists.</source>
        <translation>Este locatário não existe mais.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This tenant has reached its quota of rooms (%1).</source>
        <translation>Este locatário atingiu sua cota de salas (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This tenant has reached its quota of %1 MB stored.</source>
        <translation>Este locatário atingiu sua cota de %1 MB armazenados.</translation>
    </message>
</context>
<context>
    <name>ImageChat::StartScreen</name>
    <message>
        <location filename="../ui/startscreen.cpp" line="+20"/>
        <source>Talk about an image together</source>
        <translation>Converse sobre uma imagem em conjunto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open an image to put markers on it and discuss each one, or join a room someone shared with you. You can also drop an image here or paste one.</source>
        <translation>Abra uma imagem para colocar marcadores nela e discutir cada um, ou entre em uma sala que alguém compartilhou com você. Você também pode soltar uma imagem aqui ou colar uma.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Image…</source>
        <translation>Abrir imagem…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join Room…</source>
        <comment>room: a shared session on one image</comment>
        <translation>Entrar em uma sala…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste Image</source>
        <translation>Colar imagem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent</source>
        <translation>Recentes</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Room %1</source>
        <comment>room: a shared session on one image</comment>
        <translation>Sala %1</translation>
    </message>
</context>
<context>
    <name>ImageChat::SyncService</name>
    <message>
        <location filename="../core/syncservice.cpp" line="+40"/>
        <source>The server did not answer in time.</source>
        <translation>O servidor não respondeu a tempo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server stopped answering the heartbeat.</source>
        <translation>O servidor parou de responder à verificação de conexão.</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>The server closed the connection.</source>
        <translation>O servidor encerrou a conexão.</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>The connection was lost before the server stored this change. It was not saved; try again.</source>
        <translation>A conexão caiu antes que o servidor armazenasse esta alteração. Ela não foi salva; tente novamente.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Not connected to the server, so this change was not sent. It will not be sent later; try again when the connection is back.</source>
        <translation>Não conectado ao servidor, por isso esta alteração não foi enviada. Ela não será enviada mais tarde; tente novamente quando a conexão for restabelecida.</translation>
    </message>
</context>
<context>
    <name>ImageChat::ThreadPanel</name>
    <message>
        <location filename="../ui/threadpanel.cpp" line="+59"/>
        <source>Select a marker on the image or in the list to see its conversation.</source>
        <comment>marker: a numbered pin on the image with its conversation</comment>
        <translation>Selecione um marcador na imagem ou na lista para ver sua conversa.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delete marker…</source>
        <comment>marker: a numbered pin with its conversation</comment>
        <translation>Excluir marcador…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete</source>
        <comment>confirm deleting a marker</comment>
        <translation>Excluir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep</source>
        <comment>do not delete the marker</comment>
        <translation>Manter</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+49"/>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+49"/>
        <source>Dismiss</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Write a reply…</source>
        <translation>Escreva uma resposta…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Send</source>
        <comment>send a reply</comment>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Delete marker %1 and its whole conversation for everyone? This can&apos;t be undone.</source>
        <comment>marker: a numbered pin with its conversation; %1 is its number</comment>
        <translation>Excluir o marcador %1 e toda a sua conversa para todos? Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Marker</source>
        <comment>marker: a numbered pin with its conversation</comment>
        <translation>Marcador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This marker no longer exists.</source>
        <translation>Este marcador não existe mais.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>This comment was deleted.</source>
        <translation>Este comentário foi excluído.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Marker %1</source>
        <comment>marker: a numbered pin with its conversation</comment>
        <translation>Marcador %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <comment>state: the conversation&apos;s point was dealt with</comment>
        <translation>Resolvida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <comment>state: the conversation is not resolved yet</comment>
        <translation>Aberta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <comment>make a resolved conversation open again</comment>
        <translation>Reabrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve</source>
        <comment>mark the conversation as dealt with</comment>
        <translation>Resolver</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not connected to a room yet.</source>
        <translation>Ainda não conectado a uma sala.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not sent. Your text stays here so you can copy it.</source>
        <translation>Não enviado. Seu texto fica aqui para que você possa copiá-lo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected: replies can&apos;t be sent right now.</source>
        <translation>Sem conexão: não é possível enviar respostas agora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending…</source>
        <comment>an own change the server has not confirmed yet</comment>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Enter sends</source>
        <translation>Ctrl+Enter envia</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 is typing…</source>
        <translation>%1 está digitando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 are typing…</source>
        <translation>%1 e %2 estão digitando…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n people are typing…</source>
        <translation>
            <numerusform>%n pessoa está digitando…</numerusform>
            <numerusform>%n pessoas estão digitando…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Your reply was not sent: %1</source>
        <translation>Sua resposta não foi enviada: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your edit was not saved: %1</source>
        <translation>Sua edição não foi salva: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment was not deleted: %1</source>
        <translation>O comentário não foi excluído: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The conversation was not resolved: %1</source>
        <translation>A conversa não foi resolvida: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conversation was not reopened: %1</source>
        <translation>A conversa não foi reaberta: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The marker was not deleted: %1</source>
        <comment>marker: a numbered pin with its conversation</comment>
        <translation>O marcador não foi excluído: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>It said: “%1”</source>
        <translation>O texto era: “%1”</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Deleting this marker…</source>
        <comment>marker: a numbered pin with its conversation</comment>
        <translation>Excluindo este marcador…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This marker was deleted.</source>
        <comment>marker: a numbered pin with its conversation</comment>
        <translation>Este marcador foi excluído.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>you, in another window</source>
        <translation>você, em outra janela</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This marker was deleted by someone else.</source>
        <comment>marker: a numbered pin with its conversation</comment>
        <translation>Este marcador foi excluído por outra pessoa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This marker was deleted by %1.</source>
        <comment>marker: a numbered pin with its conversation; %1 is a person</comment>
        <translation>Este marcador foi excluído por %1.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>This edit was not saved; its comment was deleted meanwhile: “%1”</source>
        <translation>Esta edição não foi salva; o comentário foi excluído nesse meio-tempo: “%1”</translation>
    </message>
</context>
<context>
    <name>ImageChat::TlsTrust</name>
    <message>
        <location filename="../core/tlstrust.cpp" line="+57"/>
        <source>Refused the connection to %1: its certificate is not signed by an authority this computer trusts.</source>
        <translation>Conexão com %1 recusada: o certificado não foi assinado por uma autoridade em que este computador confia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused the connection to %1: its certificate has expired.</source>
        <translation>Conexão com %1 recusada: o certificado expirou.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused the connection to %1: its certificate is for another server name.</source>
        <translation>Conexão com %1 recusada: o certificado é de outro nome de servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused the connection to %1: %2</source>
        <translation>Conexão com %1 recusada: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refused the connection to %1: its certificate is not the one the room link names.</source>
        <translation>Conexão com %1 recusada: o certificado não é o indicado pelo link da sala.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds no certificate (PEM expected).</source>
        <translation>%1 não contém nenhum certificado (PEM esperado).</translation>
    </message>
</context>
<context>
    <name>ImageChat::UndoActions</name>
    <message>
        <location filename="../ui/undoactions.cpp" line="+52"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Desfazer: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Refazer: %1</translation>
    </message>
</context>
<context>
    <name>ImageChat::UndoHistory</name>
    <message>
        <location filename="../core/undohistory.cpp" line="+52"/>
        <source>Add Marker %1</source>
        <translation>Adicionar marcador %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Comment to Marker %1</source>
        <translation>Adicionar comentário ao marcador %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Comment on Marker %1</source>
        <translation>Editar comentário no marcador %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete Comment on Marker %1</source>
        <translation>Excluir comentário no marcador %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move Marker %1</source>
        <translation>Mover marcador %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolve Marker %1</source>
        <translation>Resolver marcador %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen Marker %1</source>
        <translation>Reabrir marcador %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete Marker %1</source>
        <translation>Excluir marcador %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore Marker %1</source>
        <translation>Restaurar marcador %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot undo &quot;%1&quot;: someone has deleted it since.</source>
        <translation>Não é possível desfazer &quot;%1&quot;: alguém o excluiu nesse meio-tempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot redo &quot;%1&quot;: someone has deleted it since.</source>
        <translation>Não é possível refazer &quot;%1&quot;: alguém o excluiu nesse meio-tempo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot undo &quot;%1&quot;: someone else has changed it since, and their change is kept.</source>
        <translation>Não é possível desfazer &quot;%1&quot;: outra pessoa o alterou nesse meio-tempo, e a alteração dela foi mantida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot redo &quot;%1&quot;: someone else has changed it since, and their change is kept.</source>
        <translation>Não é possível refazer &quot;%1&quot;: outra pessoa o alterou nesse meio-tempo, e a alteração dela foi mantida.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot undo &quot;%1&quot;: the marker is back already.</source>
        <translation>Não é possível desfazer &quot;%1&quot;: o marcador já está de volta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot redo &quot;%1&quot;: the marker is back already.</source>
        <translation>Não é possível refazer &quot;%1&quot;: o marcador já está de volta.</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>There is nothing to undo.</source>
        <translation>Não há nada para desfazer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to redo.</source>
        <translation>Não há nada para refazer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+52"/>
        <source>Cannot undo &quot;%1&quot;: %2</source>
        <translation>Não é possível desfazer &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+58"/>
        <source>Cannot redo &quot;%1&quot;: %2</source>
        <translation>Não é possível refazer &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>ImageChat::WindowActions</name>
    <message>
        <location filename="../ui/windowactions.cpp" line="+23"/>
        <source>&amp;Edit</source>
        <translation>E&amp;ditar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ImageChat</source>
        <translation>&amp;Sobre o ImageChat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Image…</source>
        <translation>&amp;Abrir imagem…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Join Room…</source>
        <comment>room: a shared session on one image</comment>
        <translation>&amp;Entrar em uma sala…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste Image</source>
        <translation>&amp;Colar imagem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Share…</source>
        <translation>Co&amp;mpartilhar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Window on This Room</source>
        <comment>room: a shared session on one image</comment>
        <translation>&amp;Nova janela nesta sala</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se&amp;ttings…</source>
        <translation>C&amp;onfigurações…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close Window</source>
        <translation>&amp;Fechar janela</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tools</source>
        <translation>Ferramentas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select</source>
        <translation>Selecionar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select and move markers, pan the image (V)</source>
        <translation>Selecionar e mover marcadores, deslocar a imagem (V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Marker</source>
        <comment>marker: a pin on the image that holds a conversation</comment>
        <translation>Adicionar marcador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click on the image to place a marker and start a conversation (M)</source>
        <translation>Clique na imagem para colocar um marcador e iniciar uma conversa (M)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reduzir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit to Window</source>
        <translation>Ajustar à &amp;janela</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamanho real</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next Unread</source>
        <translation>&amp;Próxima não lida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the next conversation with unread comments (N)</source>
        <translation>Abrir a próxima conversa com comentários não lidos (N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Connection</source>
        <comment>the panel with the figures of the connection</comment>
        <translation>&amp;Conexão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>About ImageChat</source>
        <translation>Sobre o ImageChat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;ImageChat %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Talk about images together: markers on an image, a conversation at each, in sync for everyone who has it open.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ImageChat %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Converse sobre imagens em conjunto: marcadores em uma imagem, uma conversa em cada um, sincronizados para todos que estão com ela aberta.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ImageChat::WindowDialogs</name>
    <message>
        <location filename="../ui/windowdialogs.cpp" line="+20"/>
        <source>Open Image</source>
        <translation>Abrir imagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff);;All files (*)</source>
        <translation>Imagens (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The room is kept on %1.</source>
        <translation>A sala está hospedada em %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot share on the local network: %1</source>
        <translation>Não é possível compartilhar na rede local: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer hosts the room: others can join while ImageChat runs here.</source>
        <translation>Este computador hospeda a sala: outras pessoas podem entrar enquanto o ImageChat estiver em execução aqui.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Discard Unsent Text?</source>
        <translation>Descartar texto não enviado?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You typed a comment that was not sent. Close the window anyway?</source>
        <translation>Você digitou um comentário que não foi enviado. Fechar a janela mesmo assim?</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+28"/>
        <source>Talk about images together: markers on an image, a conversation at each.</source>
        <translation>Converse sobre imagens em conjunto: marcadores em uma imagem, uma conversa em cada um.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your display name.</source>
        <translation>Seu nome de exibição.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server for new rooms (ws://HOST:PORT); default: host them here.</source>
        <translation>Servidor para novas salas (ws://HOST:PORT); padrão: hospedá-las aqui.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder for the rooms this program hosts.</source>
        <translation>Pasta das salas que este programa hospeda.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Port for hosted rooms.</source>
        <translation>Porta das salas hospedadas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the interface (bg, el, de, tr, pt_BR, en); default: the setting, else the system language.</source>
        <translation>Idioma da interface (bg, el, de, tr, pt_BR, en); padrão: a configuração, senão o idioma do sistema.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An image file or an imagechat:// room link.</source>
        <translation>Um arquivo de imagem ou um link de sala imagechat://.</translation>
    </message>
</context>
</TS>
