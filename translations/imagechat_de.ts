<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ImageChat::AppSettings</name>
    <message>
        <location filename="../core/appsettings.cpp" line="+32"/>
        <source>Guest</source>
        <translation>Gast</translation>
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
            <numerusform>%n Marker hier. Zum Vergrößern klicken.</numerusform>
            <numerusform>%n Marker hier. Zum Vergrößern klicken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageChat::CommentView</name>
    <message>
        <location filename="../ui/commentview.cpp" line="+51"/>
        <source>Save</source>
        <comment>save an edited comment</comment>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(edited)</source>
        <comment>a comment changed after it was posted</comment>
        <translation>(bearbeitet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit</source>
        <comment>edit a comment</comment>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <comment>delete a comment</comment>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Delete this comment?</source>
        <translation>Diesen Kommentar löschen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <comment>confirm deleting a comment</comment>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep</source>
        <comment>do not delete the comment</comment>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ctrl+Enter saves, Esc cancels</source>
        <translation>Ctrl+Enter speichert, Esc bricht ab</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Someone</source>
        <comment>author with no display name</comment>
        <translation>Jemand</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edited %1</source>
        <translation>Bearbeitet: %1</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Sending…</source>
        <comment>an own change the server has not confirmed yet</comment>
        <translation>Wird gesendet…</translation>
    </message>
</context>
<context>
    <name>ImageChat::ConnectionPanel</name>
    <message>
        <location filename="../ui/connectionpanel.cpp" line="+51"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security:</source>
        <translation>Sicherheit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pinned certificate:</source>
        <translation>Festgelegtes Zertifikat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round trip:</source>
        <comment>time from the heartbeat&apos;s ping to its pong</comment>
        <translation>Umlaufzeit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Room epoch:</source>
        <comment>epoch: which history of the room this is</comment>
        <translation>Epoche des Raums:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last event:</source>
        <comment>the sequence number of the last event received</comment>
        <translation>Letztes Ereignis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages received:</source>
        <translation>Empfangene Nachrichten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes received:</source>
        <translation>Empfangene Bytes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages sent:</source>
        <translation>Gesendete Nachrichten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes sent:</source>
        <translation>Gesendete Bytes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnects:</source>
        <translation>Erneute Verbindungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error:</source>
        <translation>Letzter Fehler:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy these figures, e.g. for a problem report</source>
        <translation>Diese Werte kopieren, z. B. für eine Problemmeldung</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Encrypted (TLS, wss://)</source>
        <translation>Verschlüsselt (TLS, wss://)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not encrypted (ws://)</source>
        <translation>Unverschlüsselt (ws://)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catching up</source>
        <comment>connected again, receiving what was missed</comment>
        <translation>Wird synchronisiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Live</source>
        <comment>connected and in sync</comment>
        <translation>Verbunden</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Waiting to reconnect (%n s)</source>
        <translation>
            <numerusform>Neuer Verbindungsversuch in %n s</numerusform>
            <numerusform>Neuer Verbindungsversuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not measured yet</source>
        <translation>Noch nicht gemessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (at %2)</source>
        <translation>%1 (um %2)</translation>
    </message>
</context>
<context>
    <name>ImageChat::ConnectionStatus</name>
    <message>
        <location filename="../core/connectionstatus.cpp" line="+72"/>
        <source>You are offline, so this was not sent. It will not be sent later; send it again when you are back online.</source>
        <translation>Sie sind offline, daher wurde dies nicht gesendet. Es wird auch später nicht gesendet; senden Sie es erneut, sobald Sie wieder online sind.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected to the room: %1</source>
        <translation>Nicht mit dem Raum verbunden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected to the server, so this was not sent. It will not be sent later; send it again once the connection is back.</source>
        <translation>Keine Verbindung zum Server, daher wurde dies nicht gesendet. Es wird auch später nicht gesendet; senden Sie es erneut, sobald die Verbindung wiederhergestellt ist.</translation>
    </message>
</context>
<context>
    <name>ImageChat::ConversationDelegate</name>
    <message>
        <location filename="../ui/conversationlist.cpp" line="+37"/>
        <source>No replies</source>
        <translation>Keine Antworten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 reply</source>
        <translation>1 Antwort</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n replies</source>
        <comment>comments after the first one in a conversation</comment>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Someone</source>
        <comment>author with no display name</comment>
        <translation>Jemand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ Resolved</source>
        <comment>state of a conversation whose point has been dealt with</comment>
        <translation>✓ Erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending…</source>
        <comment>an own change the server has not confirmed yet</comment>
        <translation>Wird gesendet…</translation>
    </message>
</context>
<context>
    <name>ImageChat::ConversationList</name>
    <message>
        <location line="+124"/>
        <source>All</source>
        <comment>filter: every conversation</comment>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <comment>filter: conversations not resolved yet</comment>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved</source>
        <comment>filter: conversations marked as dealt with</comment>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
</context>
<context>
    <name>ImageChat::DesktopApp</name>
    <message>
        <location filename="../app/gui/desktopapp.cpp" line="+29"/>
        <source>The tenant token could not be kept in the keychain; ImageChat uses it until it closes.</source>
        <translation>Das Mandanten-Token konnte nicht im Schlüsselbund gespeichert werden; ImageChat verwendet es, bis es beendet wird.</translation>
    </message>
</context>
<context>
    <name>ImageChat::ErrorText</name>
    <message numerus="yes">
        <location filename="../core/errortext.cpp" line="+24"/>
        <source>Too many changes at once; ImageChat tries again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele Änderungen auf einmal; ImageChat versucht es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele Änderungen auf einmal; ImageChat versucht es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Your organisation has used its quota of %n room(s) on this server; ask its operator for more.</source>
        <translation>
            <numerusform>Ihre Organisation hat ihr Kontingent von %n Raum auf diesem Server aufgebraucht; bitten Sie den Betreiber um mehr.</numerusform>
            <numerusform>Ihre Organisation hat ihr Kontingent von %n Räumen auf diesem Server aufgebraucht; bitten Sie den Betreiber um mehr.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your organisation has used its storage quota (%1) on this server; ask its operator for more.</source>
        <translation>Ihre Organisation hat ihr Speicherkontingent (%1) auf diesem Server aufgebraucht; bitten Sie den Betreiber um mehr.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The server could not read a message from this program.</source>
        <translation>Der Server konnte eine Nachricht dieses Programms nicht lesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused a malformed request.</source>
        <translation>Der Server hat eine fehlerhafte Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not know this request; it may be an older version.</source>
        <translation>Der Server kennt diese Anfrage nicht; vielleicht ist er eine ältere Version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server speaks another version of ImageChat; update the program or the server.</source>
        <translation>Dieser Server spricht eine andere Version von ImageChat; aktualisieren Sie das Programm oder den Server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not in the room yet; try again.</source>
        <translation>Noch nicht im Raum; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no such room on this server.</source>
        <translation>Diesen Raum gibt es auf diesem Server nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The room key is wrong; ask for the link again.</source>
        <translation>Der Raumschlüssel ist falsch; lassen Sie sich den Link noch einmal geben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server does not recognise your identity.</source>
        <translation>Dieser Server erkennt Ihre Identität nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This marker or comment does not exist any more.</source>
        <translation>Diese Markierung oder dieser Kommentar existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This change was saved already.</source>
        <translation>Diese Änderung wurde bereits gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only its author or the room&apos;s owner may do this.</source>
        <translation>Nur der Verfasser oder der Besitzer des Raums darf das.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The position is outside the image.</source>
        <translation>Die Position liegt außerhalb des Bildes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment is too long (at most 4,000 characters).</source>
        <translation>Der Kommentar ist zu lang (höchstens 4.000 Zeichen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment is empty.</source>
        <translation>Der Kommentar ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This room or conversation has reached its size limit.</source>
        <translation>Dieser Raum oder diese Unterhaltung hat die Größengrenze erreicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is too large for the server.</source>
        <translation>Das ist zu groß für den Server.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not accept this image (PNG, JPEG, GIF, BMP or WebP up to 30,000 pixels a side).</source>
        <translation>Der Server nimmt dieses Bild nicht an (PNG, JPEG, GIF, BMP oder WebP bis 30.000 Pixel je Seite).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image was damaged on the way; try again.</source>
        <translation>Das Bild wurde unterwegs beschädigt; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not save this right now; nothing was changed.</source>
        <translation>Der Server konnte das gerade nicht speichern; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creating rooms on this server needs a tenant token from its operator (Settings, Tenant token).</source>
        <translation>Um auf diesem Server Räume anzulegen, brauchen Sie ein Mandanten-Token vom Betreiber (Einstellungen, Mandanten-Token).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server does not accept your tenant token; ask its operator for a current one.</source>
        <translation>Der Server nimmt Ihr Mandanten-Token nicht an; bitten Sie den Betreiber um ein aktuelles.</translation>
    </message>
</context>
<context>
    <name>ImageChat::ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.cpp" line="+8"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image with numbered markers (*.png)</source>
        <translation>Bild mit nummerierten Markern (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W3C Web Annotations (*.jsonld)</source>
        <translation>W3C-Web-Annotationen (*.jsonld)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ImageChat JSON (*.json)</source>
        <translation>ImageChat-JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>ImageChat::FreedesktopNotifications</name>
    <message>
        <location filename="../ui/desktopnotifications.cpp" line="+53"/>
        <source>Open</source>
        <comment>open the marker</comment>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>ImageChat::IdentityManager</name>
    <message>
        <location filename="../core/identitymanager.cpp" line="+118"/>
        <source>%1 Your identity is kept until ImageChat quits: after a restart you can no longer edit or delete the comments you wrote before.</source>
        <comment>%1: why there is no keychain, a whole sentence</comment>
        <translation>%1 Ihre Identität gilt nur, bis ImageChat beendet wird: Nach einem Neustart können Sie zuvor geschriebene Kommentare nicht mehr bearbeiten oder löschen.</translation>
    </message>
</context>
<context>
    <name>ImageChat::ImageDownload</name>
    <message>
        <location filename="../core/imagetransfer.cpp" line="+231"/>
        <source>The downloaded image is damaged (its checksum does not match the room&apos;s). Try joining again.</source>
        <translation>Das heruntergeladene Bild ist beschädigt (seine Prüfsumme stimmt nicht mit der des Raums überein). Treten Sie dem Raum erneut bei.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server sent more image data than announced.</source>
        <translation>Der Server hat mehr Bilddaten gesendet als angekündigt.</translation>
    </message>
</context>
<context>
    <name>ImageChat::ImageInput</name>
    <message>
        <location filename="../ui/imageinput.cpp" line="+28"/>
        <source>Pasted image</source>
        <translation>Eingefügtes Bild</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The clipboard holds no image.</source>
        <translation>Die Zwischenablage enthält kein Bild.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is too large to share (%2 MB; the limit is %3 MB).</source>
        <translation>%1 ist zu groß zum Teilen (%2 MB; die Grenze liegt bei %3 MB).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Dropped image</source>
        <translation>Abgelegtes Bild</translation>
    </message>
</context>
<context>
    <name>ImageChat::ImageTransfer</name>
    <message>
        <location filename="../core/imagetransfer.cpp" line="-214"/>
        <source>The server stopped answering.</source>
        <translation>Der Server antwortet nicht mehr.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not reach the server at %1.</source>
        <translation>Der Server unter %1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server closed the connection: %1</source>
        <translation>Der Server hat die Verbindung getrennt: %1</translation>
    </message>
</context>
<context>
    <name>ImageChat::JoinDialog</name>
    <message>
        <location filename="../ui/joindialog.cpp" line="+16"/>
        <source>Join a Room</source>
        <comment>room: a shared session on one image</comment>
        <translation>Raum beitreten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the room link someone shared with you:</source>
        <translation>Fügen Sie den Raum-Link ein, den jemand mit Ihnen geteilt hat:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Join</source>
        <comment>join a room</comment>
        <translation>Beitreten</translation>
    </message>
</context>
<context>
    <name>ImageChat::KeychainCredentialStore</name>
    <message>
        <location filename="../ui/keychainstore.cpp" line="+37"/>
        <source>Access to the keychain was refused.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No keychain (such as GNOME Keyring or KWallet) could be reached.</source>
        <translation>Kein Schlüsselbund (etwa GNOME Keyring oder KWallet) war erreichbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain did not keep the secret.</source>
        <translation>Der Schlüsselbund hat das Geheimnis nicht gespeichert.</translation>
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
        <translation>Von diesem Computer aus geteilt: Andere können beitreten, solange ImageChat läuft.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This window already shows an image; open the new one from a new window.</source>
        <translation>Dieses Fenster zeigt bereits ein Bild; öffnen Sie das neue in einem neuen Fenster.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>%1 is not an image ImageChat can show (%2).</source>
        <translation>%1 ist kein Bild, das ImageChat anzeigen kann (%2).</translation>
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
        <translation>Öffnen Sie diesen Raum über seinen Link.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key of this room is no longer kept on this computer; open the room from its link again.</source>
        <translation>Der Schlüssel dieses Raums ist auf diesem Computer nicht mehr gespeichert; öffnen Sie den Raum noch einmal über seinen Link.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Joining — ImageChat</source>
        <translation>Beitritt läuft — ImageChat</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Image %p%</source>
        <translation>Bild %p%</translation>
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
        <translation>Nichts Ungelesenes.</translation>
    </message>
</context>
<context>
    <name>ImageChat::MarkerComposer</name>
    <message>
        <location filename="../ui/markercomposer.cpp" line="+25"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write a comment…</source>
        <translation>Kommentar schreiben…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter to send · Shift+Enter for a new line · Esc to cancel</source>
        <translation>Enter zum Senden · Shift+Enter für neue Zeile · Esc zum Abbrechen</translation>
    </message>
</context>
<context>
    <name>ImageChat::MentionNotifier</name>
    <message>
        <location filename="../core/mentionnotifier.cpp" line="+63"/>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mentioned you</source>
        <translation>%1 hat dich erwähnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 replied</source>
        <translation>%1 hat geantwortet</translation>
    </message>
</context>
<context>
    <name>ImageChat::MessageBar</name>
    <message>
        <location filename="../ui/messagebar.cpp" line="+17"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ImageChat::OfflineBanner</name>
    <message>
        <location filename="../ui/offlinebanner.cpp" line="+17"/>
        <source>Retry now</source>
        <translation>Jetzt verbinden</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline — you can view markers, new ones can&apos;t be sent</source>
        <comment>marker: a numbered pin on the image with its conversation</comment>
        <translation>Offline — Sie können Marker ansehen, aber keine neuen senden</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Reconnecting in %n s —</source>
        <comment>followed by a Retry now button</comment>
        <translation>
            <numerusform>Neuer Verbindungsversuch in %n s —</numerusform>
            <numerusform>Neuer Verbindungsversuch in %n s —</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resynchronising…</source>
        <comment>catching up with changes made while disconnected</comment>
        <translation>Wird erneut synchronisiert…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Can&apos;t join this room: %1</source>
        <comment>room: the shared session on one image</comment>
        <translation>Beitritt zu diesem Raum nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>ImageChat::Operation</name>
    <message>
        <location filename="../core/operation.cpp" line="+50"/>
        <source>Field &quot;%1&quot; %2.</source>
        <translation>Feld „%1“ %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be an id of 16 characters (A-Z a-z 0-9 - _)</source>
        <translation>muss eine ID aus 16 Zeichen sein (A-Z a-z 0-9 - _)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>must be left out: what a change makes takes the change&apos;s broadcastId</source>
        <translation>muss fehlen: was eine Änderung anlegt, erhält deren broadcastId</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>The marker position must lie on the image (x and y between 0 and 1).</source>
        <translation>Die Markerposition muss auf dem Bild liegen (x und y zwischen 0 und 1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A comment cannot be empty.</source>
        <translation>Ein Kommentar darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A comment can have at most %1 characters; this one has %2.</source>
        <translation>Ein Kommentar darf höchstens %1 Zeichen haben; dieser hat %2.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unknown request type &quot;%1&quot;.</source>
        <translation>Unbekannter Anfragetyp „%1“.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Not an event: &quot;%1&quot;.</source>
        <translation>Kein Ereignis: „%1“.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>An event needs a positive &quot;seq&quot; and an author.</source>
        <translation>Ein Ereignis braucht einen positiven Wert für „seq“ und einen Autor.</translation>
    </message>
</context>
<context>
    <name>ImageChat::PdfReport</name>
    <message>
        <location filename="../export/pdfreport.cpp" line="+38"/>
        <source>Someone without a name</source>
        <translation>Jemand ohne Namen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 marker, exported %1</source>
        <translation>1 Marker, exportiert am %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n markers, exported %1</source>
        <translation>
            <numerusform>%n Marker, exportiert am %1</numerusform>
            <numerusform>%n Marker, exportiert am %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No markers yet.</source>
        <translation>Noch keine Marker.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Marker %1</source>
        <translation>Marker %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marker %1 (resolved)</source>
        <translation>Marker %1 (erledigt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(edited %1)</source>
        <translation>(bearbeitet %1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+41"/>
        <source>The PDF report could not be made.</source>
        <translation>Der PDF-Bericht konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>ImageChat::PostgresStore</name>
    <message>
        <location filename="../server/postgresstore.cpp" line="+166"/>
        <source>The server cannot reach its database; nothing was changed. Try again shortly.</source>
        <translation>Der Server erreicht seine Datenbank nicht; es wurde nichts geändert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>ImageChat::Presence</name>
    <message>
        <location filename="../core/presence.cpp" line="+68"/>
        <source>Anonymous</source>
        <translation>Anonym</translation>
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
            <numerusform>%n hier</numerusform>
            <numerusform>%n hier</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People who have this room open, you included</source>
        <translation>Personen, die diesen Raum geöffnet haben, Sie eingeschlossen</translation>
    </message>
</context>
<context>
    <name>ImageChat::Protocol</name>
    <message>
        <location filename="../core/protocol.cpp" line="+55"/>
        <source>The message is not valid JSON (%1 at offset %2).</source>
        <translation>Die Nachricht ist kein gültiges JSON (%1 an Position %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A message must be a JSON object with a &quot;type&quot;.</source>
        <translation>Eine Nachricht muss ein JSON-Objekt mit „type“ sein.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The hello must say which protocol version it speaks.</source>
        <translation>Die „hello“-Nachricht muss angeben, welche Protokollversion sie spricht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server speaks protocol version %1; the client speaks version %2. Update the older of the two.</source>
        <translation>Dieser Server spricht Protokollversion %1, der Client Version %2. Aktualisieren Sie den älteren der beiden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The hello&apos;s &quot;seq&quot; or &quot;pending&quot; is out of range.</source>
        <translation>„seq“ oder „pending“ in der „hello“-Nachricht liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The server&apos;s welcome has no user id.</source>
        <translation>Die „welcome“-Nachricht des Servers enthält keine Nutzer-ID.</translation>
    </message>
</context>
<context>
    <name>ImageChat::RoomExport</name>
    <message>
        <location filename="../export/roomexport.cpp" line="+69"/>
        <source>The room&apos;s image is not here yet.</source>
        <translation>Das Bild des Raums ist noch nicht da.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The room&apos;s image cannot be read: %1</source>
        <translation>Das Bild des Raums kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>The image with its markers could not be made.</source>
        <translation>Das Bild mit seinen Markern konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ImageChat::RoomExporter</name>
    <message>
        <location filename="../ui/roomexporter.cpp" line="+29"/>
        <source>ImageChat export</source>
        <translation>ImageChat-Export</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting to %1…</source>
        <translation>Exportiere nach %1…</translation>
    </message>
</context>
<context>
    <name>ImageChat::RoomLink</name>
    <message>
        <location filename="../core/roomlink.cpp" line="+26"/>
        <source>The address has no server name.</source>
        <translation>Die Adresse enthält keinen Servernamen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address has no port number (like :47800 after the server name).</source>
        <translation>Die Adresse enthält keine Portnummer (etwa :47800 nach dem Servernamen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address must not contain a user name or password.</source>
        <translation>Die Adresse darf keinen Nutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&quot;%1&quot; is not a server address; expected ws://HOST:PORT or wss://HOST:PORT.</source>
        <translation>„%1“ ist keine Serveradresse; erwartet wird ws://HOST:PORT oder wss://HOST:PORT.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A room link starts with imagechat:// — this text does not.</source>
        <translation>Ein Raum-Link beginnt mit imagechat:// — dieser Text nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The room link is damaged: %1</source>
        <translation>Der Raum-Link ist beschädigt: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The room link has unexpected text after &quot;#&quot;.</source>
        <translation>Der Raum-Link enthält unerwarteten Text nach „#“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The room link does not name a valid room.</source>
        <translation>Der Raum-Link verweist auf keinen gültigen Raum.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The room link has an unknown part &quot;%1&quot;.</source>
        <translation>Der Raum-Link enthält einen unbekannten Teil „%1“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The room link has no valid access key; ask for the link again.</source>
        <translation>Der Raum-Link enthält keinen gültigen Zugangsschlüssel; fordern Sie den Link erneut an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The room link&apos;s &quot;tls&quot; must be 0 or 1.</source>
        <translation>„tls“ im Raum-Link muss 0 oder 1 sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The room link&apos;s &quot;fp&quot; must be a SHA-256 fingerprint (64 hex digits) and needs tls=1.</source>
        <translation>„fp“ im Raum-Link muss ein SHA-256-Fingerabdruck (64 Hexadezimalziffern) sein und setzt tls=1 voraus.</translation>
    </message>
</context>
<context>
    <name>ImageChat::RoomSession</name>
    <message>
        <location filename="../core/roomsession.cpp" line="+93"/>
        <source>This room&apos;s image is not the one that was opened.</source>
        <translation>Das Bild dieses Raums ist nicht das geöffnete Bild.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Not connected to a room.</source>
        <translation>Nicht mit einem Raum verbunden.</translation>
    </message>
</context>
<context>
    <name>ImageChat::RoomState</name>
    <message>
        <location filename="../core/roomstate.cpp" line="+21"/>
        <source>This marker no longer exists; it may have been deleted.</source>
        <translation>Dieser Marker existiert nicht mehr; vielleicht wurde er gelöscht.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This comment no longer exists; it may have been deleted.</source>
        <translation>Dieser Kommentar existiert nicht mehr; vielleicht wurde er gelöscht.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>A marker with this id already exists.</source>
        <translation>Ein Marker mit dieser ID existiert bereits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+31"/>
        <source>This image already has the most markers a room can hold (%1).</source>
        <translation>Dieses Bild hat bereits die maximale Anzahl an Markern pro Raum (%1).</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>This marker is there already; there is nothing to restore.</source>
        <translation>Dieser Marker ist bereits vorhanden; es gibt nichts wiederherzustellen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no deleted marker with this id to restore.</source>
        <translation>Es gibt keinen gelöschten Marker mit dieser ID, der wiederhergestellt werden könnte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the marker&apos;s creator or the room&apos;s owner can restore a marker.</source>
        <translation>Nur der Ersteller des Markers oder der Eigentümer des Raums kann einen Marker wiederherstellen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A comment with this id already exists.</source>
        <translation>Ein Kommentar mit dieser ID existiert bereits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This conversation already has the most comments it can hold (%1).</source>
        <translation>Diese Unterhaltung hat bereits die maximale Anzahl an Kommentaren (%1).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only its author can change or delete a comment.</source>
        <translation>Nur der Autor eines Kommentars kann ihn ändern oder löschen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first comment opens the conversation and cannot be deleted on its own; edit it, or delete the marker.</source>
        <translation>Der erste Kommentar eröffnet die Unterhaltung und kann nicht einzeln gelöscht werden; bearbeiten Sie ihn oder löschen Sie den Marker.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only the marker&apos;s creator or the room&apos;s owner can delete a marker.</source>
        <translation>Nur der Ersteller des Markers oder der Eigentümer des Raums kann einen Marker löschen.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>The change leaves out its author&apos;s name, but the room knows no name for this author.</source>
        <translation>Die Änderung lässt den Namen ihres Autors weg, aber der Raum kennt keinen Namen für diesen Autor.</translation>
    </message>
</context>
<context>
    <name>ImageChat::RoomView</name>
    <message>
        <location filename="../ui/roomview.cpp" line="+58"/>
        <location line="+79"/>
        <source>The marker was not moved: %1</source>
        <translation>Der Marker wurde nicht verschoben: %1</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>The room&apos;s image cannot be shown: %1</source>
        <translation>Das Bild des Raums kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not open the room: %1</source>
        <translation>Der Raum konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A new marker was refused (%1). Its text was: %2</source>
        <translation>Ein neuer Marker wurde abgelehnt (%1). Sein Text war: %2</translation>
    </message>
</context>
<context>
    <name>ImageChat::ServerNode</name>
    <message>
        <location filename="../server/servernode.cpp" line="+39"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The server is not running.</source>
        <translation>Der Server läuft nicht.</translation>
    </message>
</context>
<context>
    <name>ImageChat::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+29"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Empty: ImageChat hosts shared rooms itself</source>
        <translation>Leer: ImageChat stellt geteilte Räume selbst bereit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only if the server&apos;s operator gave you one</source>
        <translation>Nur wenn der Betreiber des Servers Ihnen eines gegeben hat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional: a PEM file</source>
        <translation>Optional: eine PEM-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Given on the command line for this run; not saved.</source>
        <translation>Auf der Befehlszeile für diesen Start angegeben; wird nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your name:</source>
        <translation>Ihr Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant token:</source>
        <translation>Mandanten-Token:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted authority:</source>
        <translation>Vertraute Zertifizierungsstelle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new language is used from the next start of ImageChat.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von ImageChat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tell me about mentions and replies while ImageChat is not in front</source>
        <translation>Über Erwähnungen und Antworten benachrichtigen, wenn ImageChat im Hintergrund ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notifications:</source>
        <translation>Benachrichtigungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Others see your name next to your comments. The server is where shared images and conversations are kept, e.g. wss://chat.example.org:443.</source>
        <translation>Andere sehen Ihren Namen neben Ihren Kommentaren. Auf dem Server werden geteilte Bilder und Unterhaltungen gespeichert, z. B. wss://chat.example.org:443.</translation>
    </message>
</context>
<context>
    <name>ImageChat::ShareDialog</name>
    <message>
        <location filename="../ui/sharedialog.cpp" line="+17"/>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone with this link can see this image and its conversations, and add their own:</source>
        <translation>Alle mit diesem Link können dieses Bild und seine Unterhaltungen sehen und eigene hinzufügen:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>ImageChat::SqlStore</name>
    <message>
        <location filename="../server/sqlstore.cpp" line="+89"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server could not store this change; nothing was changed.</source>
        <translation>Der Server konnte diese Änderung nicht speichern; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This operation (same broadcastId) was already stored.</source>
        <translation>Dieser Vorgang (gleiche broadcastId) wurde bereits gespeichert.</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>This change came after its connection was given up and was reported as not saved; it was not stored.</source>
        <translation>Diese Änderung kam an, nachdem ihre Verbindung aufgegeben und sie als nicht gespeichert gemeldet worden war; sie wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>This tenant no longer exists.</source>
        <translation>Diesen Mandanten gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This tenant has reached its quota of rooms (%1).</source>
        <translation>Dieser Mandant hat sein Raumkontingent (%1) erreicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This tenant has reached its quota of %1 MB stored.</source>
        <translation>Dieser Mandant hat sein Speicherkontingent von %1 MB erreicht.</translation>
    </message>
</context>
<context>
    <name>ImageChat::StartScreen</name>
    <message>
        <location filename="../ui/startscreen.cpp" line="+20"/>
        <source>Talk about an image together</source>
        <translation>Gemeinsam über ein Bild sprechen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open an image to put markers on it and discuss each one, or join a room someone shared with you. You can also drop an image here or paste one.</source>
        <translation>Öffnen Sie ein Bild, um Marker darauf zu setzen und über jeden zu diskutieren, oder treten Sie einem Raum bei, den jemand mit Ihnen geteilt hat. Sie können ein Bild auch hierher ziehen oder einfügen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Image…</source>
        <translation>Bild öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join Room…</source>
        <comment>room: a shared session on one image</comment>
        <translation>Raum beitreten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste Image</source>
        <translation>Bild einfügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Room %1</source>
        <comment>room: a shared session on one image</comment>
        <translation>Raum %1</translation>
    </message>
</context>
<context>
    <name>ImageChat::SyncService</name>
    <message>
        <location filename="../core/syncservice.cpp" line="+40"/>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server stopped answering the heartbeat.</source>
        <translation>Der Server antwortet nicht mehr auf die Verbindungsprüfung.</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>The server closed the connection.</source>
        <translation>Der Server hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>The connection was lost before the server stored this change. It was not saved; try again.</source>
        <translation>Die Verbindung wurde unterbrochen, bevor der Server diese Änderung gespeichert hat. Sie wurde nicht gespeichert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Not connected to the server, so this change was not sent. It will not be sent later; try again when the connection is back.</source>
        <translation>Keine Verbindung zum Server, daher wurde diese Änderung nicht gesendet. Sie wird auch später nicht gesendet; versuchen Sie es erneut, sobald die Verbindung wiederhergestellt ist.</translation>
    </message>
</context>
<context>
    <name>ImageChat::ThreadPanel</name>
    <message>
        <location filename="../ui/threadpanel.cpp" line="+59"/>
        <source>Select a marker on the image or in the list to see its conversation.</source>
        <comment>marker: a numbered pin on the image with its conversation</comment>
        <translation>Wählen Sie einen Marker auf dem Bild oder in der Liste aus, um seine Unterhaltung zu sehen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delete marker…</source>
        <comment>marker: a numbered pin with its conversation</comment>
        <translation>Marker löschen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete</source>
        <comment>confirm deleting a marker</comment>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep</source>
        <comment>do not delete the marker</comment>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+49"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+49"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Write a reply…</source>
        <translation>Antwort schreiben…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Send</source>
        <comment>send a reply</comment>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Delete marker %1 and its whole conversation for everyone? This can&apos;t be undone.</source>
        <comment>marker: a numbered pin with its conversation; %1 is its number</comment>
        <translation>Marker %1 und seine gesamte Unterhaltung für alle löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Marker</source>
        <comment>marker: a numbered pin with its conversation</comment>
        <translation>Marker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This marker no longer exists.</source>
        <translation>Dieser Marker existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>This comment was deleted.</source>
        <translation>Dieser Kommentar wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Marker %1</source>
        <comment>marker: a numbered pin with its conversation</comment>
        <translation>Marker %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <comment>state: the conversation&apos;s point was dealt with</comment>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <comment>state: the conversation is not resolved yet</comment>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <comment>make a resolved conversation open again</comment>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve</source>
        <comment>mark the conversation as dealt with</comment>
        <translation>Erledigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not connected to a room yet.</source>
        <translation>Noch nicht mit einem Raum verbunden.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not sent. Your text stays here so you can copy it.</source>
        <translation>Nicht gesendet. Ihr Text bleibt hier, damit Sie ihn kopieren können.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected: replies can&apos;t be sent right now.</source>
        <translation>Nicht verbunden: Antworten können gerade nicht gesendet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending…</source>
        <comment>an own change the server has not confirmed yet</comment>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Enter sends</source>
        <translation>Ctrl+Enter sendet</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 is typing…</source>
        <translation>%1 schreibt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 are typing…</source>
        <translation>%1 und %2 schreiben…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n people are typing…</source>
        <translation>
            <numerusform>%n Person schreibt…</numerusform>
            <numerusform>%n Personen schreiben…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Your reply was not sent: %1</source>
        <translation>Ihre Antwort wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your edit was not saved: %1</source>
        <translation>Ihre Bearbeitung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment was not deleted: %1</source>
        <translation>Der Kommentar wurde nicht gelöscht: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The conversation was not resolved: %1</source>
        <translation>Die Unterhaltung wurde nicht als erledigt markiert: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conversation was not reopened: %1</source>
        <translation>Die Unterhaltung wurde nicht wieder geöffnet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The marker was not deleted: %1</source>
        <comment>marker: a numbered pin with its conversation</comment>
        <translation>Der Marker wurde nicht gelöscht: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>It said: “%1”</source>
        <translation>Der Text lautete: „%1“</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Deleting this marker…</source>
        <comment>marker: a numbered pin with its conversation</comment>
        <translation>Marker wird gelöscht…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This marker was deleted.</source>
        <comment>marker: a numbered pin with its conversation</comment>
        <translation>Dieser Marker wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>you, in another window</source>
        <translation>Ihnen in einem anderen Fenster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This marker was deleted by someone else.</source>
        <comment>marker: a numbered pin with its conversation</comment>
        <translation>Dieser Marker wurde von jemand anderem gelöscht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This marker was deleted by %1.</source>
        <comment>marker: a numbered pin with its conversation; %1 is a person</comment>
        <translation>Dieser Marker wurde von %1 gelöscht.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>This edit was not saved; its comment was deleted meanwhile: “%1”</source>
        <translation>Diese Bearbeitung wurde nicht gespeichert; der Kommentar wurde inzwischen gelöscht: „%1“</translation>
    </message>
</context>
<context>
    <name>ImageChat::TlsTrust</name>
    <message>
        <location filename="../core/tlstrust.cpp" line="+57"/>
        <source>Refused the connection to %1: its certificate is not signed by an authority this computer trusts.</source>
        <translation>Verbindung zu %1 abgelehnt: Sein Zertifikat ist von keiner Zertifizierungsstelle signiert, der dieser Computer vertraut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused the connection to %1: its certificate has expired.</source>
        <translation>Verbindung zu %1 abgelehnt: Sein Zertifikat ist abgelaufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused the connection to %1: its certificate is for another server name.</source>
        <translation>Verbindung zu %1 abgelehnt: Sein Zertifikat gilt für einen anderen Servernamen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused the connection to %1: %2</source>
        <translation>Verbindung zu %1 abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refused the connection to %1: its certificate is not the one the room link names.</source>
        <translation>Verbindung zu %1 abgelehnt: Sein Zertifikat ist nicht das, das der Raum-Link nennt.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds no certificate (PEM expected).</source>
        <translation>%1 enthält kein Zertifikat (PEM erwartet).</translation>
    </message>
</context>
<context>
    <name>ImageChat::UndoActions</name>
    <message>
        <location filename="../ui/undoactions.cpp" line="+52"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
</context>
<context>
    <name>ImageChat::UndoHistory</name>
    <message>
        <location filename="../core/undohistory.cpp" line="+52"/>
        <source>Add Marker %1</source>
        <translation>Marker %1 setzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Comment to Marker %1</source>
        <translation>Kommentar zu Marker %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Comment on Marker %1</source>
        <translation>Kommentar an Marker %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete Comment on Marker %1</source>
        <translation>Kommentar an Marker %1 löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move Marker %1</source>
        <translation>Marker %1 verschieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolve Marker %1</source>
        <translation>Marker %1 erledigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen Marker %1</source>
        <translation>Marker %1 wieder öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete Marker %1</source>
        <translation>Marker %1 löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore Marker %1</source>
        <translation>Marker %1 wiederherstellen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot undo &quot;%1&quot;: someone has deleted it since.</source>
        <translation>„%1“ kann nicht rückgängig gemacht werden: Jemand hat es inzwischen gelöscht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot redo &quot;%1&quot;: someone has deleted it since.</source>
        <translation>„%1“ kann nicht wiederholt werden: Jemand hat es inzwischen gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot undo &quot;%1&quot;: someone else has changed it since, and their change is kept.</source>
        <translation>„%1“ kann nicht rückgängig gemacht werden: Jemand anderes hat es inzwischen geändert, und diese Änderung bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot redo &quot;%1&quot;: someone else has changed it since, and their change is kept.</source>
        <translation>„%1“ kann nicht wiederholt werden: Jemand anderes hat es inzwischen geändert, und diese Änderung bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot undo &quot;%1&quot;: the marker is back already.</source>
        <translation>„%1“ kann nicht rückgängig gemacht werden: Der Marker ist bereits wieder da.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot redo &quot;%1&quot;: the marker is back already.</source>
        <translation>„%1“ kann nicht wiederholt werden: Der Marker ist bereits wieder da.</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>There is nothing to undo.</source>
        <translation>Es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to redo.</source>
        <translation>Es gibt nichts zu wiederholen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+52"/>
        <source>Cannot undo &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht rückgängig gemacht werden: %2</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+58"/>
        <source>Cannot redo &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht wiederholt werden: %2</translation>
    </message>
</context>
<context>
    <name>ImageChat::WindowActions</name>
    <message>
        <location filename="../ui/windowactions.cpp" line="+23"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ImageChat</source>
        <translation>&amp;Über ImageChat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Image…</source>
        <translation>Bild &amp;öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Join Room…</source>
        <comment>room: a shared session on one image</comment>
        <translation>&amp;Raum beitreten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste Image</source>
        <translation>Bild &amp;einfügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Share…</source>
        <translation>&amp;Teilen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
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
        <translation>&amp;Neues Fenster für diesen Raum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se&amp;ttings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close Window</source>
        <translation>Fenster s&amp;chließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select and move markers, pan the image (V)</source>
        <translation>Marker auswählen und verschieben, Bildausschnitt verschieben (V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Marker</source>
        <comment>marker: a pin on the image that holds a conversation</comment>
        <translation>Marker setzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click on the image to place a marker and start a conversation (M)</source>
        <translation>Auf das Bild klicken, um einen Marker zu setzen und eine Unterhaltung zu beginnen (M)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next Unread</source>
        <translation>&amp;Nächste ungelesene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the next conversation with unread comments (N)</source>
        <translation>Die nächste Unterhaltung mit ungelesenen Kommentaren öffnen (N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Connection</source>
        <comment>the panel with the figures of the connection</comment>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>About ImageChat</source>
        <translation>Über ImageChat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;ImageChat %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Talk about images together: markers on an image, a conversation at each, in sync for everyone who has it open.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ImageChat %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Gemeinsam über Bilder sprechen: Marker auf einem Bild, zu jedem eine Unterhaltung, synchron für alle, die es geöffnet haben.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ImageChat::WindowDialogs</name>
    <message>
        <location filename="../ui/windowdialogs.cpp" line="+20"/>
        <source>Open Image</source>
        <translation>Bild öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The room is kept on %1.</source>
        <translation>Der Raum wird auf %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot share on the local network: %1</source>
        <translation>Teilen im lokalen Netzwerk nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer hosts the room: others can join while ImageChat runs here.</source>
        <translation>Dieser Computer stellt den Raum bereit: Andere können beitreten, solange ImageChat hier läuft.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Discard Unsent Text?</source>
        <translation>Nicht gesendeten Text verwerfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You typed a comment that was not sent. Close the window anyway?</source>
        <translation>Sie haben einen Kommentar geschrieben, der nicht gesendet wurde. Fenster trotzdem schließen?</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+28"/>
        <source>Talk about images together: markers on an image, a conversation at each.</source>
        <translation>Gemeinsam über Bilder sprechen: Marker auf einem Bild, zu jedem eine Unterhaltung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your display name.</source>
        <translation>Ihr Anzeigename.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server for new rooms (ws://HOST:PORT); default: host them here.</source>
        <translation>Server für neue Räume (ws://HOST:PORT); Standard: hier bereitstellen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder for the rooms this program hosts.</source>
        <translation>Ordner für die Räume, die dieses Programm bereitstellt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Port for hosted rooms.</source>
        <translation>Port für bereitgestellte Räume.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the interface (bg, el, de, tr, pt_BR, en); default: the setting, else the system language.</source>
        <translation>Sprache der Oberfläche (bg, el, de, tr, pt_BR, en); Standard: die Einstellung, sonst die Systemsprache.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An image file or an imagechat:// room link.</source>
        <translation>Eine Bilddatei oder ein imagechat://-Raum-Link.</translation>
    </message>
</context>
</TS>
