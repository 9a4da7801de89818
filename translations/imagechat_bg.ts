<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg">
<context>
    <name>ImageChat::AppSettings</name>
    <message>
        <location filename="../core/appsettings.cpp" line="+32"/>
        <source>Guest</source>
        <translation>Гост</translation>
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
            <numerusform>%n маркер тук. Щракнете, за да увеличите.</numerusform>
            <numerusform>%n маркера тук. Щракнете, за да увеличите.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageChat::CommentView</name>
    <message>
        <location filename="../ui/commentview.cpp" line="+51"/>
        <source>Save</source>
        <comment>save an edited comment</comment>
        <translation>Запазване</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry</source>
        <translation>Нов опит</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(edited)</source>
        <comment>a comment changed after it was posted</comment>
        <translation>(редактиран)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit</source>
        <comment>edit a comment</comment>
        <translation>Редактиране</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <comment>delete a comment</comment>
        <translation>Изтриване</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Delete this comment?</source>
        <translation>Да се изтрие ли този коментар?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <comment>confirm deleting a comment</comment>
        <translation>Изтриване</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep</source>
        <comment>do not delete the comment</comment>
        <translation>Без изтриване</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ctrl+Enter saves, Esc cancels</source>
        <translation>Ctrl+Enter запазва, Esc отказва</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Someone</source>
        <comment>author with no display name</comment>
        <translation>Някой</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edited %1</source>
        <translation>Редактиран: %1</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Sending…</source>
        <comment>an own change the server has not confirmed yet</comment>
        <translation>Изпращане…</translation>
    </message>
</context>
<context>
    <name>ImageChat::ConnectionPanel</name>
    <message>
        <location filename="../ui/connectionpanel.cpp" line="+51"/>
        <source>Server:</source>
        <translation>Сървър:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security:</source>
        <translation>Защита:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pinned certificate:</source>
        <translation>Закрепен сертификат:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation>Състояние:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round trip:</source>
        <comment>time from the heartbeat&apos;s ping to its pong</comment>
        <translation>Време за отговор:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Room epoch:</source>
        <comment>epoch: which history of the room this is</comment>
        <translation>Епоха на стаята:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last event:</source>
        <comment>the sequence number of the last event received</comment>
        <translation>Последно събитие:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages received:</source>
        <translation>Получени съобщения:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes received:</source>
        <translation>Получени байтове:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages sent:</source>
        <translation>Изпратени съобщения:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes sent:</source>
        <translation>Изпратени байтове:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnects:</source>
        <translation>Повторни свързвания:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error:</source>
        <translation>Последна грешка:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>Копиране</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy these figures, e.g. for a problem report</source>
        <translation>Копиране на тези стойности, напр. за доклад за проблем</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Encrypted (TLS, wss://)</source>
        <translation>Шифрована (TLS, wss://)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not encrypted (ws://)</source>
        <translation>Нешифрована (ws://)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>None</source>
        <translation>Няма</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Disconnected</source>
        <translation>Без връзка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting</source>
        <translation>Свързване</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catching up</source>
        <comment>connected again, receiving what was missed</comment>
        <translation>Синхронизиране</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Live</source>
        <comment>connected and in sync</comment>
        <translation>Свързано</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Waiting to reconnect (%n s)</source>
        <translation>
            <numerusform>Повторно свързване след %n секунда</numerusform>
            <numerusform>Повторно свързване след %n секунди</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused: %1</source>
        <translation>Отказано: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not measured yet</source>
        <translation>Още не е измерено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None yet</source>
        <translation>Още няма</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (at %2)</source>
        <translation>%1 (в %2)</translation>
    </message>
</context>
<context>
    <name>ImageChat::ConnectionStatus</name>
    <message>
        <location filename="../core/connectionstatus.cpp" line="+72"/>
        <source>You are offline, so this was not sent. It will not be sent later; send it again when you are back online.</source>
        <translation>Вие сте офлайн, затова това не беше изпратено. То няма да бъде изпратено по-късно; изпратете го отново, когато сте отново онлайн.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected to the room: %1</source>
        <translation>Няма връзка със стаята: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected to the server, so this was not sent. It will not be sent later; send it again once the connection is back.</source>
        <translation>Няма връзка със сървъра, затова това не беше изпратено. То няма да бъде изпратено по-късно; изпратете го отново, след като връзката бъде възстановена.</translation>
    </message>
</context>
<context>
    <name>ImageChat::ConversationDelegate</name>
    <message>
        <location filename="../ui/conversationlist.cpp" line="+37"/>
        <source>No replies</source>
        <translation>Няма отговори</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 reply</source>
        <translation>1 отговор</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n replies</source>
        <comment>comments after the first one in a conversation</comment>
        <translation>
            <numerusform>%n отговор</numerusform>
            <numerusform>%n отговора</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Someone</source>
        <comment>author with no display name</comment>
        <translation>Някой</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ Resolved</source>
        <comment>state of a conversation whose point has been dealt with</comment>
        <translation>✓ Приключен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending…</source>
        <comment>an own change the server has not confirmed yet</comment>
        <translation>Изпращане…</translation>
    </message>
</context>
<context>
    <name>ImageChat::ConversationList</name>
    <message>
        <location line="+124"/>
        <source>All</source>
        <comment>filter: every conversation</comment>
        <translation>Всички</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <comment>filter: conversations not resolved yet</comment>
        <translation>Отворени</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved</source>
        <comment>filter: conversations marked as dealt with</comment>
        <translation>Приключени</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Conversations</source>
        <translation>Разговори</translation>
    </message>
</context>
<context>
    <name>ImageChat::DesktopApp</name>
    <message>
        <location filename="../app/gui/desktopapp.cpp" line="+29"/>
        <source>The tenant token could not be kept in the keychain; ImageChat uses it until it closes.</source>
        <translation>Токенът на наемател не можа да бъде запазен в ключодържателя; ImageChat го използва, докато не се затвори.</translation>
    </message>
</context>
<context>
    <name>ImageChat::ErrorText</name>
    <message numerus="yes">
        <location filename="../core/errortext.cpp" line="+24"/>
        <source>Too many changes at once; ImageChat tries again in %n second(s).</source>
        <translation>
            <numerusform>Твърде много промени наведнъж; ImageChat ще опита отново след %n секунда.</numerusform>
            <numerusform>Твърде много промени наведнъж; ImageChat ще опита отново след %n секунди.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Your organisation has used its quota of %n room(s) on this server; ask its operator for more.</source>
        <translation>
            <numerusform>Вашата организация изчерпа квотата си от %n стая на този сървър; поискайте още от оператора му.</numerusform>
            <numerusform>Вашата организация изчерпа квотата си от %n стаи на този сървър; поискайте още от оператора му.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your organisation has used its storage quota (%1) on this server; ask its operator for more.</source>
        <translation>Вашата организация изчерпа квотата си за съхранение (%1) на този сървър; поискайте още от оператора му.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The server could not read a message from this program.</source>
        <translation>Сървърът не можа да прочете съобщение от тази програма.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused a malformed request.</source>
        <translation>Сървърът отказа неправилно оформена заявка.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not know this request; it may be an older version.</source>
        <translation>Сървърът не познава тази заявка; може би е по-стара версия.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server speaks another version of ImageChat; update the program or the server.</source>
        <translation>Този сървър използва друга версия на ImageChat; обновете програмата или сървъра.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not in the room yet; try again.</source>
        <translation>Все още не сте в стаята; опитайте отново.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no such room on this server.</source>
        <translation>На този сървър няма такава стая.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The room key is wrong; ask for the link again.</source>
        <translation>Ключът на стаята е грешен; поискайте връзката отново.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server does not recognise your identity.</source>
        <translation>Този сървър не разпознава вашата самоличност.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This marker or comment does not exist any more.</source>
        <translation>Този маркер или коментар вече не съществува.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This change was saved already.</source>
        <translation>Тази промяна вече е запазена.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only its author or the room&apos;s owner may do this.</source>
        <translation>Само авторът или собственикът на стаята може да направи това.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The position is outside the image.</source>
        <translation>Позицията е извън изображението.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment is too long (at most 4,000 characters).</source>
        <translation>Коментарът е твърде дълъг (най-много 4000 знака).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment is empty.</source>
        <translation>Коментарът е празен.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This room or conversation has reached its size limit.</source>
        <translation>Тази стая или разговор достигна ограничението си за размер.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is too large for the server.</source>
        <translation>Това е твърде голямо за сървъра.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not accept this image (PNG, JPEG, GIF, BMP or WebP up to 30,000 pixels a side).</source>
        <translation>Сървърът не приема това изображение (PNG, JPEG, GIF, BMP или WebP до 30000 пиксела на страна).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image was damaged on the way; try again.</source>
        <translation>Изображението се повреди по пътя; опитайте отново.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not save this right now; nothing was changed.</source>
        <translation>Сървърът не можа да запази това сега; нищо не е променено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creating rooms on this server needs a tenant token from its operator (Settings, Tenant token).</source>
        <translation>Създаването на стаи на този сървър изисква токен на наемател от оператора му (Настройки, Токен на наемател).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server does not accept your tenant token; ask its operator for a current one.</source>
        <translation>Сървърът не приема вашия токен на наемател; поискайте актуален от оператора му.</translation>
    </message>
</context>
<context>
    <name>ImageChat::ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.cpp" line="+8"/>
        <source>Export</source>
        <translation>Експортиране</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF report (*.pdf)</source>
        <translation>PDF отчет (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image with numbered markers (*.png)</source>
        <translation>Изображение с номерирани маркери (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W3C Web Annotations (*.jsonld)</source>
        <translation>W3C уеб анотации (*.jsonld)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ImageChat JSON (*.json)</source>
        <translation>ImageChat JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>ImageChat::FreedesktopNotifications</name>
    <message>
        <location filename="../ui/desktopnotifications.cpp" line="+53"/>
        <source>Open</source>
        <comment>open the marker</comment>
        <translation>Отвори</translation>
    </message>
</context>
<context>
    <name>ImageChat::IdentityManager</name>
    <message>
        <location filename="../core/identitymanager.cpp" line="+118"/>
        <source>%1 Your identity is kept until ImageChat quits: after a restart you can no longer edit or delete the comments you wrote before.</source>
        <comment>%1: why there is no keychain, a whole sentence</comment>
        <translation>%1 Самоличността ви се пази, докато ImageChat работи: след рестартиране вече няма да можете да редактирате или изтривате коментарите, които сте написали преди това.</translation>
    </message>
</context>
<context>
    <name>ImageChat::ImageDownload</name>
    <message>
        <location filename="../core/imagetransfer.cpp" line="+231"/>
        <source>The downloaded image is damaged (its checksum does not match the room&apos;s). Try joining again.</source>
        <translation>Изтегленото изображение е повредено (контролната му сума не съвпада с тази на стаята). Опитайте да се присъедините отново.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server sent more image data than announced.</source>
        <translation>Сървърът изпрати повече данни за изображението от обявеното.</translation>
    </message>
</context>
<context>
    <name>ImageChat::ImageInput</name>
    <message>
        <location filename="../ui/imageinput.cpp" line="+28"/>
        <source>Pasted image</source>
        <translation>Поставено изображение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The clipboard holds no image.</source>
        <translation>В клипборда няма изображение.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open %1: %2</source>
        <translation>Файлът %1 не може да се отвори: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is too large to share (%2 MB; the limit is %3 MB).</source>
        <translation>Файлът %1 е твърде голям за споделяне (%2 MB; ограничението е %3 MB).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Dropped image</source>
        <translation>Пуснато изображение</translation>
    </message>
</context>
<context>
    <name>ImageChat::ImageTransfer</name>
    <message>
        <location filename="../core/imagetransfer.cpp" line="-214"/>
        <source>The server stopped answering.</source>
        <translation>Сървърът спря да отговаря.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not reach the server at %1.</source>
        <translation>Сървърът на адрес %1 е недостъпен.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server closed the connection: %1</source>
        <translation>Сървърът затвори връзката: %1</translation>
    </message>
</context>
<context>
    <name>ImageChat::JoinDialog</name>
    <message>
        <location filename="../ui/joindialog.cpp" line="+16"/>
        <source>Join a Room</source>
        <comment>room: a shared session on one image</comment>
        <translation>Присъединяване към стая</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the room link someone shared with you:</source>
        <translation>Поставете връзката към стаята, която някой е споделил с вас:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Join</source>
        <comment>join a room</comment>
        <translation>Присъединяване</translation>
    </message>
</context>
<context>
    <name>ImageChat::KeychainCredentialStore</name>
    <message>
        <location filename="../ui/keychainstore.cpp" line="+37"/>
        <source>Access to the keychain was refused.</source>
        <translation>Достъпът до ключодържателя беше отказан.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No keychain (such as GNOME Keyring or KWallet) could be reached.</source>
        <translation>Не беше намерен ключодържател (например GNOME Keyring или KWallet).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain did not keep the secret.</source>
        <translation>Ключодържателят не запази тайната.</translation>
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
        <translation>Споделяне от този компютър: другите могат да се присъединят, докато ImageChat работи.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This window already shows an image; open the new one from a new window.</source>
        <translation>Този прозорец вече показва изображение; отворете новото в нов прозорец.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>%1 is not an image ImageChat can show (%2).</source>
        <translation>Файлът %1 не е изображение, което ImageChat може да покаже (%2).</translation>
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
        <translation>Отворете тази стая чрез връзката ѝ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key of this room is no longer kept on this computer; open the room from its link again.</source>
        <translation>Ключът на тази стая вече не се пази на този компютър; отворете стаята отново чрез връзката ѝ.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Joining — ImageChat</source>
        <translation>Присъединяване — ImageChat</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Image %p%</source>
        <translation>Изображение %p%</translation>
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
        <translation>Няма нищо непрочетено.</translation>
    </message>
</context>
<context>
    <name>ImageChat::MarkerComposer</name>
    <message>
        <location filename="../ui/markercomposer.cpp" line="+25"/>
        <source>Retry</source>
        <translation>Нов опит</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write a comment…</source>
        <translation>Напишете коментар…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter to send · Shift+Enter for a new line · Esc to cancel</source>
        <translation>Enter – изпращане · Shift+Enter – нов ред · Esc – отказ</translation>
    </message>
</context>
<context>
    <name>ImageChat::MentionNotifier</name>
    <message>
        <location filename="../core/mentionnotifier.cpp" line="+63"/>
        <source>Someone</source>
        <translation>Някой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mentioned you</source>
        <translation>%1 ви спомена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 replied</source>
        <translation>%1 отговори</translation>
    </message>
</context>
<context>
    <name>ImageChat::MessageBar</name>
    <message>
        <location filename="../ui/messagebar.cpp" line="+17"/>
        <source>Dismiss</source>
        <translation>Скриване</translation>
    </message>
</context>
<context>
    <name>ImageChat::OfflineBanner</name>
    <message>
        <location filename="../ui/offlinebanner.cpp" line="+17"/>
        <source>Retry now</source>
        <translation>Нов опит сега</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Connecting…</source>
        <translation>Свързване…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline — you can view markers, new ones can&apos;t be sent</source>
        <comment>marker: a numbered pin on the image with its conversation</comment>
        <translation>Офлайн — можете да разглеждате маркерите, но не и да изпращате нови</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Reconnecting in %n s —</source>
        <comment>followed by a Retry now button</comment>
        <translation>
            <numerusform>Повторно свързване след %n секунда —</numerusform>
            <numerusform>Повторно свързване след %n секунди —</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reconnecting…</source>
        <translation>Повторно свързване…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resynchronising…</source>
        <comment>catching up with changes made while disconnected</comment>
        <translation>Повторно синхронизиране…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Can&apos;t join this room: %1</source>
        <comment>room: the shared session on one image</comment>
        <translation>Присъединяването към тази стая е невъзможно: %1</translation>
    </message>
</context>
<context>
    <name>ImageChat::Operation</name>
    <message>
        <location filename="../core/operation.cpp" line="+50"/>
        <source>Field &quot;%1&quot; %2.</source>
        <translation>Полето „%1“ %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be an id of 16 characters (A-Z a-z 0-9 - _)</source>
        <translation>трябва да е идентификатор от 16 знака (A-Z a-z 0-9 - _)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>must be left out: what a change makes takes the change&apos;s broadcastId</source>
        <translation>трябва да се пропусне: създаденото от една промяна получава нейния broadcastId</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be a number</source>
        <translation>трябва да е число</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>The marker position must lie on the image (x and y between 0 and 1).</source>
        <translation>Позицията на маркера трябва да е върху изображението (x и y между 0 и 1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A comment cannot be empty.</source>
        <translation>Коментарът не може да бъде празен.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A comment can have at most %1 characters; this one has %2.</source>
        <translation>Коментарът може да съдържа най-много %1 знака; този има %2.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>must be a string</source>
        <translation>трябва да е низ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be true or false</source>
        <translation>трябва да е true или false</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be an object</source>
        <translation>трябва да е обект</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unknown request type &quot;%1&quot;.</source>
        <translation>Непознат тип заявка „%1“.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Not an event: &quot;%1&quot;.</source>
        <translation>Не е събитие: „%1“.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>An event needs a positive &quot;seq&quot; and an author.</source>
        <translation>Събитието трябва да има положителен „seq“ и автор.</translation>
    </message>
</context>
<context>
    <name>ImageChat::PdfReport</name>
    <message>
        <location filename="../export/pdfreport.cpp" line="+38"/>
        <source>Someone without a name</source>
        <translation>Потребител без име</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 marker, exported %1</source>
        <translation>1 маркер, експортиран %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n markers, exported %1</source>
        <translation>
            <numerusform>%n маркер, експортиран %1</numerusform>
            <numerusform>%n маркера, експортирани %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No markers yet.</source>
        <translation>Все още няма маркери.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Marker %1</source>
        <translation>Маркер %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marker %1 (resolved)</source>
        <translation>Маркер %1 (приключен)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(edited %1)</source>
        <translation>(редактиран %1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+41"/>
        <source>The PDF report could not be made.</source>
        <translation>PDF отчетът не може да бъде създаден.</translation>
    </message>
</context>
<context>
    <name>ImageChat::PostgresStore</name>
    <message>
        <location filename="../server/postgresstore.cpp" line="+166"/>
        <source>The server cannot reach its database; nothing was changed. Try again shortly.</source>
        <translation>Сървърът не може да се свърже със своята база данни; нищо не беше променено. Опитайте отново след малко.</translation>
    </message>
</context>
<context>
    <name>ImageChat::Presence</name>
    <message>
        <location filename="../core/presence.cpp" line="+68"/>
        <source>Anonymous</source>
        <translation>Анонимен</translation>
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
            <numerusform>%n тук</numerusform>
            <numerusform>%n тук</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People who have this room open, you included</source>
        <translation>Хора, които са отворили тази стая, включително вие</translation>
    </message>
</context>
<context>
    <name>ImageChat::Protocol</name>
    <message>
        <location filename="../core/protocol.cpp" line="+55"/>
        <source>The message is not valid JSON (%1 at offset %2).</source>
        <translation>Съобщението не е валиден JSON (%1 при отместване %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A message must be a JSON object with a &quot;type&quot;.</source>
        <translation>Съобщението трябва да е JSON обект с „type“.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The hello must say which protocol version it speaks.</source>
        <translation>Съобщението „hello“ трябва да посочва коя версия на протокола използва.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server speaks protocol version %1; the client speaks version %2. Update the older of the two.</source>
        <translation>Този сървър използва версия %1 на протокола, а клиентът — версия %2. Обновете по-стария от двата.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The hello&apos;s &quot;seq&quot; or &quot;pending&quot; is out of range.</source>
        <translation>Стойността „seq“ или „pending“ в „hello“ е извън допустимия диапазон.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The server&apos;s welcome has no user id.</source>
        <translation>В съобщението „welcome“ от сървъра липсва потребителски идентификатор.</translation>
    </message>
</context>
<context>
    <name>ImageChat::RoomExport</name>
    <message>
        <location filename="../export/roomexport.cpp" line="+69"/>
        <source>The room&apos;s image is not here yet.</source>
        <translation>Изображението на стаята все още не е получено.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The room&apos;s image cannot be read: %1</source>
        <translation>Изображението на стаята не може да се прочете: %1</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>The image with its markers could not be made.</source>
        <translation>Изображението с маркерите не може да бъде създадено.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot write %1: %2</source>
        <translation>Файлът %1 не може да се запише: %2</translation>
    </message>
</context>
<context>
    <name>ImageChat::RoomExporter</name>
    <message>
        <location filename="../ui/roomexporter.cpp" line="+29"/>
        <source>ImageChat export</source>
        <translation>Експорт от ImageChat</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Exported to %1.</source>
        <translation>Експортирано в %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export failed: %1</source>
        <translation>Експортирането не успя: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting to %1…</source>
        <translation>Експортиране в %1…</translation>
    </message>
</context>
<context>
    <name>ImageChat::RoomLink</name>
    <message>
        <location filename="../core/roomlink.cpp" line="+26"/>
        <source>The address has no server name.</source>
        <translation>В адреса липсва име на сървър.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address has no port number (like :47800 after the server name).</source>
        <translation>В адреса липсва номер на порт (например :47800 след името на сървъра).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address must not contain a user name or password.</source>
        <translation>Адресът не трябва да съдържа потребителско име или парола.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&quot;%1&quot; is not a server address; expected ws://HOST:PORT or wss://HOST:PORT.</source>
        <translation>„%1“ не е адрес на сървър; очаква се ws://HOST:PORT или wss://HOST:PORT.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A room link starts with imagechat:// — this text does not.</source>
        <translation>Връзката към стая започва с imagechat:// — този текст не започва така.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The room link is damaged: %1</source>
        <translation>Връзката към стаята е повредена: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The room link has unexpected text after &quot;#&quot;.</source>
        <translation>Връзката към стаята съдържа неочакван текст след „#“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The room link does not name a valid room.</source>
        <translation>Връзката към стаята не сочи валидна стая.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The room link has an unknown part &quot;%1&quot;.</source>
        <translation>Връзката към стаята съдържа непозната част „%1“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The room link has no valid access key; ask for the link again.</source>
        <translation>Връзката към стаята няма валиден ключ за достъп; поискайте връзката отново.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The room link&apos;s &quot;tls&quot; must be 0 or 1.</source>
        <translation>Параметърът „tls“ във връзката към стаята трябва да е 0 или 1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The room link&apos;s &quot;fp&quot; must be a SHA-256 fingerprint (64 hex digits) and needs tls=1.</source>
        <translation>Параметърът „fp“ във връзката към стаята трябва да е отпечатък SHA-256 (64 шестнадесетични цифри) и изисква tls=1.</translation>
    </message>
</context>
<context>
    <name>ImageChat::RoomSession</name>
    <message>
        <location filename="../core/roomsession.cpp" line="+93"/>
        <source>This room&apos;s image is not the one that was opened.</source>
        <translation>Изображението на тази стая не е това, което беше отворено.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Not connected to a room.</source>
        <translation>Няма връзка със стая.</translation>
    </message>
</context>
<context>
    <name>ImageChat::RoomState</name>
    <message>
        <location filename="../core/roomstate.cpp" line="+21"/>
        <source>This marker no longer exists; it may have been deleted.</source>
        <translation>Този маркер вече не съществува; може да е бил изтрит.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This comment no longer exists; it may have been deleted.</source>
        <translation>Този коментар вече не съществува; може да е бил изтрит.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>A marker with this id already exists.</source>
        <translation>Вече съществува маркер с този идентификатор.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+31"/>
        <source>This image already has the most markers a room can hold (%1).</source>
        <translation>Това изображение вече има максималния брой маркери, разрешен за една стая (%1).</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>This marker is there already; there is nothing to restore.</source>
        <translation>Този маркер вече съществува; няма какво да се възстанови.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no deleted marker with this id to restore.</source>
        <translation>Няма изтрит маркер с този идентификатор, който да бъде възстановен.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the marker&apos;s creator or the room&apos;s owner can restore a marker.</source>
        <translation>Само създателят на маркера или собственикът на стаята може да възстанови маркер.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A comment with this id already exists.</source>
        <translation>Вече съществува коментар с този идентификатор.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This conversation already has the most comments it can hold (%1).</source>
        <translation>Този разговор вече има максималния разрешен брой коментари (%1).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only its author can change or delete a comment.</source>
        <translation>Само авторът на коментара може да го промени или изтрие.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first comment opens the conversation and cannot be deleted on its own; edit it, or delete the marker.</source>
        <translation>Първият коментар започва разговора и не може да бъде изтрит самостоятелно; редактирайте го или изтрийте маркера.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only the marker&apos;s creator or the room&apos;s owner can delete a marker.</source>
        <translation>Само създателят на маркера или собственикът на стаята може да изтрие маркер.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>The change leaves out its author&apos;s name, but the room knows no name for this author.</source>
        <translation>Промяната пропуска името на автора си, но стаята не познава име за този автор.</translation>
    </message>
</context>
<context>
    <name>ImageChat::RoomView</name>
    <message>
        <location filename="../ui/roomview.cpp" line="+58"/>
        <location line="+79"/>
        <source>The marker was not moved: %1</source>
        <translation>Маркерът не беше преместен: %1</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>The room&apos;s image cannot be shown: %1</source>
        <translation>Изображението на стаята не може да бъде показано: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not open the room: %1</source>
        <translation>Стаята не можа да бъде отворена: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A new marker was refused (%1). Its text was: %2</source>
        <translation>Новият маркер беше отхвърлен (%1). Текстът му беше: %2</translation>
    </message>
</context>
<context>
    <name>ImageChat::ServerNode</name>
    <message>
        <location filename="../server/servernode.cpp" line="+39"/>
        <source>Cannot create the folder %1.</source>
        <translation>Папката %1 не може да бъде създадена.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The server is not running.</source>
        <translation>Сървърът не работи.</translation>
    </message>
</context>
<context>
    <name>ImageChat::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+29"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Empty: ImageChat hosts shared rooms itself</source>
        <translation>Празно: ImageChat сам е домакин на споделените стаи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only if the server&apos;s operator gave you one</source>
        <translation>Само ако операторът на сървъра ви е дал такъв</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional: a PEM file</source>
        <translation>По избор: файл PEM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Избор…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate authority</source>
        <translation>Издател на сертификати</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Сертификати (*.pem *.crt);;Всички файлове (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System language</source>
        <translation>Езикът на системата</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Given on the command line for this run; not saved.</source>
        <translation>Зададено в командния ред за това изпълнение; не се запазва.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your name:</source>
        <translation>Вашето име:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server:</source>
        <translation>Сървър:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant token:</source>
        <translation>Токен на наемател:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted authority:</source>
        <translation>Доверен издател:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Език:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new language is used from the next start of ImageChat.</source>
        <translation>Новият език се използва след следващото стартиране на ImageChat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tell me about mentions and replies while ImageChat is not in front</source>
        <translation>Известявай ме за споменавания и отговори, докато ImageChat е на заден план</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notifications:</source>
        <translation>Известия:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Others see your name next to your comments. The server is where shared images and conversations are kept, e.g. wss://chat.example.org:443.</source>
        <translation>Другите виждат името ви до вашите коментари. На сървъра се съхраняват споделените изображения и разговори, напр. wss://chat.example.org:443.</translation>
    </message>
</context>
<context>
    <name>ImageChat::ShareDialog</name>
    <message>
        <location filename="../ui/sharedialog.cpp" line="+17"/>
        <source>Share</source>
        <translation>Споделяне</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone with this link can see this image and its conversations, and add their own:</source>
        <translation>Всеки с тази връзка може да вижда това изображение и разговорите към него, както и да добавя свои:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy</source>
        <translation>Копиране</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied to the clipboard.</source>
        <translation>Копирано в клипборда.</translation>
    </message>
</context>
<context>
    <name>ImageChat::SqlStore</name>
    <message>
        <location filename="../server/sqlstore.cpp" line="+89"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Базата данни %1 не може да се отвори: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server could not store this change; nothing was changed.</source>
        <translation>Сървърът не успя да съхрани тази промяна; нищо не беше променено.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This operation (same broadcastId) was already stored.</source>
        <translation>Тази операция (същият broadcastId) вече е съхранена.</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>This change came after its connection was given up and was reported as not saved; it was not stored.</source>
        <translation>Тази промяна пристигна, след като връзката ѝ беше прекъсната и тя беше отчетена като незапазена; не е съхранена.</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>This tenant no longer exists.</source>
        <translation>Този наемател вече не съществува.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This tenant has reached its quota of rooms (%1).</source>
        <translation>Този наемател изчерпа квотата си от стаи (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This tenant has reached its quota of %1 MB stored.</source>
        <translation>Този наемател изчерпа квотата си от %1 MB съхранени данни.</translation>
    </message>
</context>
<context>
    <name>ImageChat::StartScreen</name>
    <message>
        <location filename="../ui/startscreen.cpp" line="+20"/>
        <source>Talk about an image together</source>
        <translation>Обсъждайте изображение заедно</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open an image to put markers on it and discuss each one, or join a room someone shared with you. You can also drop an image here or paste one.</source>
        <translation>Отворете изображение, за да поставите маркери върху него и да обсъдите всеки от тях, или се присъединете към стая, която някой е споделил с вас. Можете също да пуснете изображение тук или да поставите такова.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Image…</source>
        <translation>Отваряне на изображение…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join Room…</source>
        <comment>room: a shared session on one image</comment>
        <translation>Присъединяване към стая…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste Image</source>
        <translation>Поставяне на изображение</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent</source>
        <translation>Скорошни</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Room %1</source>
        <comment>room: a shared session on one image</comment>
        <translation>Стая %1</translation>
    </message>
</context>
<context>
    <name>ImageChat::SyncService</name>
    <message>
        <location filename="../core/syncservice.cpp" line="+40"/>
        <source>The server did not answer in time.</source>
        <translation>Сървърът не отговори навреме.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server stopped answering the heartbeat.</source>
        <translation>Сървърът спря да отговаря на проверките за връзка.</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>The server closed the connection.</source>
        <translation>Сървърът затвори връзката.</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>The connection was lost before the server stored this change. It was not saved; try again.</source>
        <translation>Връзката прекъсна, преди сървърът да съхрани тази промяна. Тя не беше запазена; опитайте отново.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Not connected to the server, so this change was not sent. It will not be sent later; try again when the connection is back.</source>
        <translation>Няма връзка със сървъра, затова тази промяна не беше изпратена. Тя няма да бъде изпратена по-късно; опитайте отново, когато връзката бъде възстановена.</translation>
    </message>
</context>
<context>
    <name>ImageChat::ThreadPanel</name>
    <message>
        <location filename="../ui/threadpanel.cpp" line="+59"/>
        <source>Select a marker on the image or in the list to see its conversation.</source>
        <comment>marker: a numbered pin on the image with its conversation</comment>
        <translation>Изберете маркер върху изображението или в списъка, за да видите разговора към него.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delete marker…</source>
        <comment>marker: a numbered pin with its conversation</comment>
        <translation>Изтриване на маркера…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete</source>
        <comment>confirm deleting a marker</comment>
        <translation>Изтриване</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep</source>
        <comment>do not delete the marker</comment>
        <translation>Без изтриване</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+49"/>
        <source>Retry</source>
        <translation>Нов опит</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+49"/>
        <source>Dismiss</source>
        <translation>Скриване</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Write a reply…</source>
        <translation>Напишете отговор…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Send</source>
        <comment>send a reply</comment>
        <translation>Изпращане</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Delete marker %1 and its whole conversation for everyone? This can&apos;t be undone.</source>
        <comment>marker: a numbered pin with its conversation; %1 is its number</comment>
        <translation>Да се изтрие ли маркер %1 и целият разговор към него за всички? Това действие е необратимо.</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Marker</source>
        <comment>marker: a numbered pin with its conversation</comment>
        <translation>Маркер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This marker no longer exists.</source>
        <translation>Този маркер вече не съществува.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>This comment was deleted.</source>
        <translation>Този коментар беше изтрит.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Marker %1</source>
        <comment>marker: a numbered pin with its conversation</comment>
        <translation>Маркер %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <comment>state: the conversation&apos;s point was dealt with</comment>
        <translation>Приключен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <comment>state: the conversation is not resolved yet</comment>
        <translation>Отворен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <comment>make a resolved conversation open again</comment>
        <translation>Възобновяване</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve</source>
        <comment>mark the conversation as dealt with</comment>
        <translation>Приключване</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not connected to a room yet.</source>
        <translation>Все още няма връзка със стая.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not sent. Your text stays here so you can copy it.</source>
        <translation>Не е изпратено. Текстът ви остава тук, за да можете да го копирате.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected: replies can&apos;t be sent right now.</source>
        <translation>Няма връзка: в момента не могат да се изпращат отговори.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending…</source>
        <comment>an own change the server has not confirmed yet</comment>
        <translation>Изпращане…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Enter sends</source>
        <translation>Ctrl+Enter изпраща</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 is typing…</source>
        <translation>%1 пише…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 are typing…</source>
        <translation>%1 и %2 пишат…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n people are typing…</source>
        <translation>
            <numerusform>%n човек пише…</numerusform>
            <numerusform>%n души пишат…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Your reply was not sent: %1</source>
        <translation>Отговорът ви не беше изпратен: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your edit was not saved: %1</source>
        <translation>Редакцията ви не беше запазена: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment was not deleted: %1</source>
        <translation>Коментарът не беше изтрит: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The conversation was not resolved: %1</source>
        <translation>Разговорът не беше приключен: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conversation was not reopened: %1</source>
        <translation>Разговорът не беше възобновен: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The marker was not deleted: %1</source>
        <comment>marker: a numbered pin with its conversation</comment>
        <translation>Маркерът не беше изтрит: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>It said: “%1”</source>
        <translation>Текстът беше: „%1“</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Deleting this marker…</source>
        <comment>marker: a numbered pin with its conversation</comment>
        <translation>Маркерът се изтрива…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This marker was deleted.</source>
        <comment>marker: a numbered pin with its conversation</comment>
        <translation>Този маркер беше изтрит.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>you, in another window</source>
        <translation>вас, в друг прозорец</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This marker was deleted by someone else.</source>
        <comment>marker: a numbered pin with its conversation</comment>
        <translation>Този маркер беше изтрит от някой друг.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This marker was deleted by %1.</source>
        <comment>marker: a numbered pin with its conversation; %1 is a person</comment>
        <translation>Този маркер беше изтрит от %1.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>This edit was not saved; its comment was deleted meanwhile: “%1”</source>
        <translation>Тази редакция не беше запазена; междувременно коментарът беше изтрит: „%1“</translation>
    </message>
</context>
<context>
    <name>ImageChat::TlsTrust</name>
    <message>
        <location filename="../core/tlstrust.cpp" line="+57"/>
        <source>Refused the connection to %1: its certificate is not signed by an authority this computer trusts.</source>
        <translation>Връзката с %1 е отказана: сертификатът му не е подписан от издател, на когото този компютър се доверява.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused the connection to %1: its certificate has expired.</source>
        <translation>Връзката с %1 е отказана: сертификатът му е изтекъл.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused the connection to %1: its certificate is for another server name.</source>
        <translation>Връзката с %1 е отказана: сертификатът му е за друго име на сървър.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused the connection to %1: %2</source>
        <translation>Връзката с %1 е отказана: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refused the connection to %1: its certificate is not the one the room link names.</source>
        <translation>Връзката с %1 е отказана: сертификатът му не е този, който посочва връзката към стаята.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 не може да бъде прочетен: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds no certificate (PEM expected).</source>
        <translation>%1 не съдържа сертификат (очаква се PEM).</translation>
    </message>
</context>
<context>
    <name>ImageChat::UndoActions</name>
    <message>
        <location filename="../ui/undoactions.cpp" line="+52"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отмяна</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отмяна: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторение: %1</translation>
    </message>
</context>
<context>
    <name>ImageChat::UndoHistory</name>
    <message>
        <location filename="../core/undohistory.cpp" line="+52"/>
        <source>Add Marker %1</source>
        <translation>Нов маркер %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Comment to Marker %1</source>
        <translation>Коментар към маркер %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Comment on Marker %1</source>
        <translation>Редактиране на коментар към маркер %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete Comment on Marker %1</source>
        <translation>Изтриване на коментар към маркер %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move Marker %1</source>
        <translation>Преместване на маркер %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolve Marker %1</source>
        <translation>Приключване на маркер %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen Marker %1</source>
        <translation>Възобновяване на маркер %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete Marker %1</source>
        <translation>Изтриване на маркер %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore Marker %1</source>
        <translation>Възстановяване на маркер %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot undo &quot;%1&quot;: someone has deleted it since.</source>
        <translation>„%1“ не може да бъде отменено: някой го е изтрил междувременно.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot redo &quot;%1&quot;: someone has deleted it since.</source>
        <translation>„%1“ не може да бъде повторено: някой го е изтрил междувременно.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot undo &quot;%1&quot;: someone else has changed it since, and their change is kept.</source>
        <translation>„%1“ не може да бъде отменено: някой друг го е променил междувременно и неговата промяна се запазва.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot redo &quot;%1&quot;: someone else has changed it since, and their change is kept.</source>
        <translation>„%1“ не може да бъде повторено: някой друг го е променил междувременно и неговата промяна се запазва.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot undo &quot;%1&quot;: the marker is back already.</source>
        <translation>„%1“ не може да бъде отменено: маркерът вече е възстановен.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot redo &quot;%1&quot;: the marker is back already.</source>
        <translation>„%1“ не може да бъде повторено: маркерът вече е възстановен.</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>There is nothing to undo.</source>
        <translation>Няма нищо за отмяна.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to redo.</source>
        <translation>Няма нищо за повторение.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+52"/>
        <source>Cannot undo &quot;%1&quot;: %2</source>
        <translation>„%1“ не може да бъде отменено: %2</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+58"/>
        <source>Cannot redo &quot;%1&quot;: %2</source>
        <translation>„%1“ не може да бъде повторено: %2</translation>
    </message>
</context>
<context>
    <name>ImageChat::WindowActions</name>
    <message>
        <location filename="../ui/windowactions.cpp" line="+23"/>
        <source>&amp;Edit</source>
        <translation>&amp;Редактиране</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tools</source>
        <translation>Ин&amp;струменти</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Помощ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ImageChat</source>
        <translation>&amp;Относно ImageChat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Image…</source>
        <translation>&amp;Отваряне на изображение…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Join Room…</source>
        <comment>room: a shared session on one image</comment>
        <translation>&amp;Присъединяване към стая…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste Image</source>
        <translation>Пос&amp;тавяне на изображение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Share…</source>
        <translation>&amp;Споделяне…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Експортиране…</translation>
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
        <translation>&amp;Нов прозорец за тази стая</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se&amp;ttings…</source>
        <translation>Настрой&amp;ки…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close Window</source>
        <translation>&amp;Затваряне на прозореца</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Изход</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tools</source>
        <translation>Инструменти</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select</source>
        <translation>Избор</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select and move markers, pan the image (V)</source>
        <translation>Избор и преместване на маркери, придвижване на изображението (V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Marker</source>
        <comment>marker: a pin on the image that holds a conversation</comment>
        <translation>Нов маркер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click on the image to place a marker and start a conversation (M)</source>
        <translation>Щракнете върху изображението, за да поставите маркер и да започнете разговор (M)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;View</source>
        <translation>&amp;Изглед</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличаване</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Намаляване</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Побиране в прозореца</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Действителен размер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next Unread</source>
        <translation>&amp;Следващ непрочетен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the next conversation with unread comments (N)</source>
        <translation>Отваря следващия разговор с непрочетени коментари (N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection</source>
        <translation>Връзка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Connection</source>
        <comment>the panel with the figures of the connection</comment>
        <translation>&amp;Връзка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>About ImageChat</source>
        <translation>Относно ImageChat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;ImageChat %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Talk about images together: markers on an image, a conversation at each, in sync for everyone who has it open.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ImageChat %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Обсъждайте изображения заедно: маркери върху изображението, разговор при всеки от тях, синхронизирано за всички, които са го отворили.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ImageChat::WindowDialogs</name>
    <message>
        <location filename="../ui/windowdialogs.cpp" line="+20"/>
        <source>Open Image</source>
        <translation>Отваряне на изображение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff);;All files (*)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff);;Всички файлове (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The room is kept on %1.</source>
        <translation>Стаята се съхранява на %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot share on the local network: %1</source>
        <translation>Споделянето в локалната мрежа е невъзможно: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer hosts the room: others can join while ImageChat runs here.</source>
        <translation>Този компютър е домакин на стаята: другите могат да се присъединят, докато ImageChat работи тук.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Discard Unsent Text?</source>
        <translation>Да се изхвърли ли неизпратеният текст?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You typed a comment that was not sent. Close the window anyway?</source>
        <translation>Написахте коментар, който не е изпратен. Да се затвори ли прозорецът въпреки това?</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+28"/>
        <source>Talk about images together: markers on an image, a conversation at each.</source>
        <translation>Обсъждайте изображения заедно: маркери върху изображението, разговор при всеки от тях.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your display name.</source>
        <translation>Вашето показвано име.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server for new rooms (ws://HOST:PORT); default: host them here.</source>
        <translation>Сървър за нови стаи (ws://HOST:PORT); по подразбиране: домакин е тази програма.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder for the rooms this program hosts.</source>
        <translation>Папка за стаите, на които тази програма е домакин.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Port for hosted rooms.</source>
        <translation>Порт за стаите, на които програмата е домакин.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the interface (bg, el, de, tr, pt_BR, en); default: the setting, else the system language.</source>
        <translation>Език на интерфейса (bg, el, de, tr, pt_BR, en); по подразбиране: от настройките, иначе езикът на системата.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An image file or an imagechat:// room link.</source>
        <translation>Файл с изображение или връзка към стая imagechat://.</translation>
    </message>
</context>
</TS>
