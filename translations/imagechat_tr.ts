<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>ImageChat::AppSettings</name>
    <message>
        <location filename="../core/appsettings.cpp" line="+32"/>
        <source>Guest</source>
        <translation>Misafir</translation>
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
            <numerusform>Burada %n işaretçi var. Yakınlaştırmak için tıklayın.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageChat::CommentView</name>
    <message>
        <location filename="../ui/commentview.cpp" line="+51"/>
        <source>Save</source>
        <comment>save an edited comment</comment>
        <translation>Kaydet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry</source>
        <translation>Yeniden Dene</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(edited)</source>
        <comment>a comment changed after it was posted</comment>
        <translation>(düzenlendi)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit</source>
        <comment>edit a comment</comment>
        <translation>Düzenle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <comment>delete a comment</comment>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Delete this comment?</source>
        <translation>Bu yorum silinsin mi?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <comment>confirm deleting a comment</comment>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep</source>
        <comment>do not delete the comment</comment>
        <translation>Koru</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ctrl+Enter saves, Esc cancels</source>
        <translation>Ctrl+Enter kaydeder, Esc iptal eder</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Someone</source>
        <comment>author with no display name</comment>
        <translation>Birisi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edited %1</source>
        <translation>Düzenlendi: %1</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Sending…</source>
        <comment>an own change the server has not confirmed yet</comment>
        <translation>Gönderiliyor…</translation>
    </message>
</context>
<context>
    <name>ImageChat::ConnectionPanel</name>
    <message>
        <location filename="../ui/connectionpanel.cpp" line="+51"/>
        <source>Server:</source>
        <translation>Sunucu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security:</source>
        <translation>Güvenlik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pinned certificate:</source>
        <translation>Sabitlenmiş sertifika:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation>Durum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round trip:</source>
        <comment>time from the heartbeat&apos;s ping to its pong</comment>
        <translation>Gidiş-dönüş süresi:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Room epoch:</source>
        <comment>epoch: which history of the room this is</comment>
        <translation>Oda dönemi:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last event:</source>
        <comment>the sequence number of the last event received</comment>
        <translation>Son olay:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages received:</source>
        <translation>Alınan mesajlar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes received:</source>
        <translation>Alınan bayt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages sent:</source>
        <translation>Gönderilen mesajlar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes sent:</source>
        <translation>Gönderilen bayt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnects:</source>
        <translation>Yeniden bağlanmalar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error:</source>
        <translation>Son hata:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy these figures, e.g. for a problem report</source>
        <translation>Bu değerleri kopyala, örneğin bir sorun bildirimi için</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Encrypted (TLS, wss://)</source>
        <translation>Şifreli (TLS, wss://)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not encrypted (ws://)</source>
        <translation>Şifresiz (ws://)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>None</source>
        <translation>Yok</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Disconnected</source>
        <translation>Bağlı değil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting</source>
        <translation>Bağlanılıyor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catching up</source>
        <comment>connected again, receiving what was missed</comment>
        <translation>Senkronize ediliyor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Live</source>
        <comment>connected and in sync</comment>
        <translation>Bağlı</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Waiting to reconnect (%n s)</source>
        <translation>
            <numerusform>%n sn içinde yeniden bağlanılacak</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused: %1</source>
        <translation>Reddedildi: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not measured yet</source>
        <translation>Henüz ölçülmedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None yet</source>
        <translation>Henüz yok</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (at %2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ImageChat::ConnectionStatus</name>
    <message>
        <location filename="../core/connectionstatus.cpp" line="+72"/>
        <source>You are offline, so this was not sent. It will not be sent later; send it again when you are back online.</source>
        <translation>Çevrimdışısınız, bu yüzden bu gönderilmedi. Daha sonra da gönderilmeyecek; yeniden çevrimiçi olduğunuzda tekrar gönderin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected to the room: %1</source>
        <translation>Odaya bağlı değilsiniz: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected to the server, so this was not sent. It will not be sent later; send it again once the connection is back.</source>
        <translation>Sunucuya bağlı değilsiniz, bu yüzden bu gönderilmedi. Daha sonra da gönderilmeyecek; bağlantı geri geldiğinde tekrar gönderin.</translation>
    </message>
</context>
<context>
    <name>ImageChat::ConversationDelegate</name>
    <message>
        <location filename="../ui/conversationlist.cpp" line="+37"/>
        <source>No replies</source>
        <translation>Yanıt yok</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 reply</source>
        <translation>1 yanıt</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n replies</source>
        <comment>comments after the first one in a conversation</comment>
        <translation>
            <numerusform>%n yanıt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Someone</source>
        <comment>author with no display name</comment>
        <translation>Birisi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ Resolved</source>
        <comment>state of a conversation whose point has been dealt with</comment>
        <translation>✓ Çözümlendi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending…</source>
        <comment>an own change the server has not confirmed yet</comment>
        <translation>Gönderiliyor…</translation>
    </message>
</context>
<context>
    <name>ImageChat::ConversationList</name>
    <message>
        <location line="+124"/>
        <source>All</source>
        <comment>filter: every conversation</comment>
        <translation>Tümü</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <comment>filter: conversations not resolved yet</comment>
        <translation>Açık</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved</source>
        <comment>filter: conversations marked as dealt with</comment>
        <translation>Çözümlenmiş</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Conversations</source>
        <translation>Konuşmalar</translation>
    </message>
</context>
<context>
    <name>ImageChat::DesktopApp</name>
    <message>
        <location filename="../app/gui/desktopapp.cpp" line="+29"/>
        <source>The tenant token could not be kept in the keychain; ImageChat uses it until it closes.</source>
        <translation>Kiracı belirteci anahtar zincirinde saklanamadı; ImageChat kapanana kadar onu kullanır.</translation>
    </message>
</context>
<context>
    <name>ImageChat::ErrorText</name>
    <message numerus="yes">
        <location filename="../core/errortext.cpp" line="+24"/>
        <source>Too many changes at once; ImageChat tries again in %n second(s).</source>
        <translation>
            <numerusform>Aynı anda çok fazla değişiklik; ImageChat %n saniye sonra yeniden deneyecek.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Your organisation has used its quota of %n room(s) on this server; ask its operator for more.</source>
        <translation>
            <numerusform>Kuruluşunuz bu sunucudaki %n odalık kotasını doldurdu; daha fazlası için sunucu yöneticisine başvurun.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your organisation has used its storage quota (%1) on this server; ask its operator for more.</source>
        <translation>Kuruluşunuz bu sunucudaki depolama kotasını (%1) doldurdu; daha fazlası için sunucu yöneticisine başvurun.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The server could not read a message from this program.</source>
        <translation>Sunucu bu programdan gelen bir iletiyi okuyamadı.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused a malformed request.</source>
        <translation>Sunucu hatalı biçimlendirilmiş bir isteği reddetti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not know this request; it may be an older version.</source>
        <translation>Sunucu bu isteği tanımıyor; eski bir sürüm olabilir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server speaks another version of ImageChat; update the program or the server.</source>
        <translation>Bu sunucu ImageChat&apos;in başka bir sürümünü kullanıyor; programı ya da sunucuyu güncelleyin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not in the room yet; try again.</source>
        <translation>Henüz odada değilsiniz; yeniden deneyin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no such room on this server.</source>
        <translation>Bu sunucuda böyle bir oda yok.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The room key is wrong; ask for the link again.</source>
        <translation>Oda anahtarı yanlış; bağlantıyı yeniden isteyin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server does not recognise your identity.</source>
        <translation>Bu sunucu kimliğinizi tanımıyor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This marker or comment does not exist any more.</source>
        <translation>Bu işaretçi ya da yorum artık yok.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This change was saved already.</source>
        <translation>Bu değişiklik zaten kaydedildi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only its author or the room&apos;s owner may do this.</source>
        <translation>Bunu yalnızca yazarı ya da oda sahibi yapabilir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The position is outside the image.</source>
        <translation>Konum görüntünün dışında.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment is too long (at most 4,000 characters).</source>
        <translation>Yorum çok uzun (en fazla 4.000 karakter).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment is empty.</source>
        <translation>Yorum boş.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This room or conversation has reached its size limit.</source>
        <translation>Bu oda ya da sohbet boyut sınırına ulaştı.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is too large for the server.</source>
        <translation>Bu, sunucu için çok büyük.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not accept this image (PNG, JPEG, GIF, BMP or WebP up to 30,000 pixels a side).</source>
        <translation>Sunucu bu görüntüyü kabul etmiyor (kenar başına en fazla 30.000 piksel PNG, JPEG, GIF, BMP ya da WebP).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image was damaged on the way; try again.</source>
        <translation>Görüntü yolda bozuldu; yeniden deneyin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not save this right now; nothing was changed.</source>
        <translation>Sunucu bunu şu anda kaydedemedi; hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creating rooms on this server needs a tenant token from its operator (Settings, Tenant token).</source>
        <translation>Bu sunucuda oda oluşturmak için yöneticisinden bir kiracı belirteci gerekir (Ayarlar, Kiracı belirteci).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server does not accept your tenant token; ask its operator for a current one.</source>
        <translation>Sunucu kiracı belirtecinizi kabul etmiyor; yöneticisinden güncel bir tane isteyin.</translation>
    </message>
</context>
<context>
    <name>ImageChat::ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.cpp" line="+8"/>
        <source>Export</source>
        <translation>Dışa Aktar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF report (*.pdf)</source>
        <translation>PDF raporu (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image with numbered markers (*.png)</source>
        <translation>Numaralı işaretçilerle resim (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W3C Web Annotations (*.jsonld)</source>
        <translation>W3C Web Açıklamaları (*.jsonld)</translation>
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
        <translation>Aç</translation>
    </message>
</context>
<context>
    <name>ImageChat::IdentityManager</name>
    <message>
        <location filename="../core/identitymanager.cpp" line="+118"/>
        <source>%1 Your identity is kept until ImageChat quits: after a restart you can no longer edit or delete the comments you wrote before.</source>
        <comment>%1: why there is no keychain, a whole sentence</comment>
        <translation>%1 Kimliğiniz ImageChat kapanana kadar tutulur: yeniden başlattıktan sonra daha önce yazdığınız yorumları artık düzenleyemez veya silemezsiniz.</translation>
    </message>
</context>
<context>
    <name>ImageChat::ImageDownload</name>
    <message>
        <location filename="../core/imagetransfer.cpp" line="+231"/>
        <source>The downloaded image is damaged (its checksum does not match the room&apos;s). Try joining again.</source>
        <translation>İndirilen resim bozuk (sağlama toplamı odanınkiyle eşleşmiyor). Yeniden katılmayı deneyin.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server sent more image data than announced.</source>
        <translation>Sunucu, bildirdiğinden daha fazla resim verisi gönderdi.</translation>
    </message>
</context>
<context>
    <name>ImageChat::ImageInput</name>
    <message>
        <location filename="../ui/imageinput.cpp" line="+28"/>
        <source>Pasted image</source>
        <translation>Yapıştırılan resim</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The clipboard holds no image.</source>
        <translation>Panoda resim yok.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 açılamıyor: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is too large to share (%2 MB; the limit is %3 MB).</source>
        <translation>%1, paylaşılamayacak kadar büyük (%2 MB; sınır %3 MB).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Dropped image</source>
        <translation>Bırakılan resim</translation>
    </message>
</context>
<context>
    <name>ImageChat::ImageTransfer</name>
    <message>
        <location filename="../core/imagetransfer.cpp" line="-214"/>
        <source>The server stopped answering.</source>
        <translation>Sunucu yanıt vermeyi bıraktı.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not reach the server at %1.</source>
        <translation>%1 adresindeki sunucuya ulaşılamadı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server closed the connection: %1</source>
        <translation>Sunucu bağlantıyı kapattı: %1</translation>
    </message>
</context>
<context>
    <name>ImageChat::JoinDialog</name>
    <message>
        <location filename="../ui/joindialog.cpp" line="+16"/>
        <source>Join a Room</source>
        <comment>room: a shared session on one image</comment>
        <translation>Odaya Katıl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the room link someone shared with you:</source>
        <translation>Sizinle paylaşılan oda bağlantısını yapıştırın:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Join</source>
        <comment>join a room</comment>
        <translation>Katıl</translation>
    </message>
</context>
<context>
    <name>ImageChat::KeychainCredentialStore</name>
    <message>
        <location filename="../ui/keychainstore.cpp" line="+37"/>
        <source>Access to the keychain was refused.</source>
        <translation>Anahtar zincirine erişim reddedildi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No keychain (such as GNOME Keyring or KWallet) could be reached.</source>
        <translation>Hiçbir anahtar zincirine (GNOME Keyring veya KWallet gibi) ulaşılamadı.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain did not keep the secret.</source>
        <translation>Anahtar zinciri sırrı saklamadı.</translation>
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
        <translation>Bu bilgisayardan paylaşılıyor: ImageChat çalıştığı sürece başkaları katılabilir.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This window already shows an image; open the new one from a new window.</source>
        <translation>Bu pencere zaten bir resim gösteriyor; yenisini yeni bir pencereden açın.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>%1 is not an image ImageChat can show (%2).</source>
        <translation>%1, ImageChat&apos;in gösterebileceği bir resim değil (%2).</translation>
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
        <translation>Bu odayı bağlantısından açın.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key of this room is no longer kept on this computer; open the room from its link again.</source>
        <translation>Bu odanın anahtarı artık bu bilgisayarda saklanmıyor; odayı bağlantısından yeniden açın.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Joining — ImageChat</source>
        <translation>Katılınıyor — ImageChat</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Image %p%</source>
        <translation>Resim %p%</translation>
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
        <translation>Okunmamış bir şey yok.</translation>
    </message>
</context>
<context>
    <name>ImageChat::MarkerComposer</name>
    <message>
        <location filename="../ui/markercomposer.cpp" line="+25"/>
        <source>Retry</source>
        <translation>Yeniden Dene</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write a comment…</source>
        <translation>Bir yorum yazın…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter to send · Shift+Enter for a new line · Esc to cancel</source>
        <translation>Göndermek için Enter · Yeni satır için Shift+Enter · İptal için Esc</translation>
    </message>
</context>
<context>
    <name>ImageChat::MentionNotifier</name>
    <message>
        <location filename="../core/mentionnotifier.cpp" line="+63"/>
        <source>Someone</source>
        <translation>Biri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mentioned you</source>
        <translation>%1 sizden bahsetti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 replied</source>
        <translation>%1 yanıtladı</translation>
    </message>
</context>
<context>
    <name>ImageChat::MessageBar</name>
    <message>
        <location filename="../ui/messagebar.cpp" line="+17"/>
        <source>Dismiss</source>
        <translation>Kapat</translation>
    </message>
</context>
<context>
    <name>ImageChat::OfflineBanner</name>
    <message>
        <location filename="../ui/offlinebanner.cpp" line="+17"/>
        <source>Retry now</source>
        <translation>Şimdi dene</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Connecting…</source>
        <translation>Bağlanılıyor…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline — you can view markers, new ones can&apos;t be sent</source>
        <comment>marker: a numbered pin on the image with its conversation</comment>
        <translation>Çevrimdışı — işaretçileri görebilirsiniz, yenileri gönderilemez</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Reconnecting in %n s —</source>
        <comment>followed by a Retry now button</comment>
        <translation>
            <numerusform>%n sn içinde yeniden bağlanılacak —</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reconnecting…</source>
        <translation>Yeniden bağlanılıyor…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resynchronising…</source>
        <comment>catching up with changes made while disconnected</comment>
        <translation>Yeniden senkronize ediliyor…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Can&apos;t join this room: %1</source>
        <comment>room: the shared session on one image</comment>
        <translation>Bu odaya katılınamıyor: %1</translation>
    </message>
</context>
<context>
    <name>ImageChat::Operation</name>
    <message>
        <location filename="../core/operation.cpp" line="+50"/>
        <source>Field &quot;%1&quot; %2.</source>
        <translation>&quot;%1&quot; alanı %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be an id of 16 characters (A-Z a-z 0-9 - _)</source>
        <translation>16 karakterlik bir kimlik olmalıdır (A-Z a-z 0-9 - _)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>must be left out: what a change makes takes the change&apos;s broadcastId</source>
        <translation>belirtilmemelidir: bir değişikliğin oluşturduğu şey o değişikliğin broadcastId&apos;sini alır</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be a number</source>
        <translation>bir sayı olmalıdır</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>The marker position must lie on the image (x and y between 0 and 1).</source>
        <translation>İşaretçinin konumu resmin üzerinde olmalıdır (x ve y 0 ile 1 arasında).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A comment cannot be empty.</source>
        <translation>Yorum boş olamaz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A comment can have at most %1 characters; this one has %2.</source>
        <translation>Bir yorum en fazla %1 karakter içerebilir; bu yorumda %2 karakter var.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>must be a string</source>
        <translation>bir dize olmalıdır</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be true or false</source>
        <translation>true veya false olmalıdır</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be an object</source>
        <translation>bir nesne olmalıdır</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unknown request type &quot;%1&quot;.</source>
        <translation>Bilinmeyen istek türü &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Not an event: &quot;%1&quot;.</source>
        <translation>Bir olay değil: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>An event needs a positive &quot;seq&quot; and an author.</source>
        <translation>Bir olay için pozitif bir &quot;seq&quot; ve bir yazar gerekir.</translation>
    </message>
</context>
<context>
    <name>ImageChat::PdfReport</name>
    <message>
        <location filename="../export/pdfreport.cpp" line="+38"/>
        <source>Someone without a name</source>
        <translation>Adı olmayan biri</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 marker, exported %1</source>
        <translation>1 işaretçi, dışa aktarma %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n markers, exported %1</source>
        <translation>
            <numerusform>%n işaretçi, dışa aktarma %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No markers yet.</source>
        <translation>Henüz işaretçi yok.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Marker %1</source>
        <translation>İşaretçi %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marker %1 (resolved)</source>
        <translation>İşaretçi %1 (çözümlendi)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(edited %1)</source>
        <translation>(düzenlendi %1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Image</source>
        <translation>Resim</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+41"/>
        <source>The PDF report could not be made.</source>
        <translation>PDF raporu oluşturulamadı.</translation>
    </message>
</context>
<context>
    <name>ImageChat::PostgresStore</name>
    <message>
        <location filename="../server/postgresstore.cpp" line="+166"/>
        <source>The server cannot reach its database; nothing was changed. Try again shortly.</source>
        <translation>Sunucu veritabanına ulaşamıyor; hiçbir şey değiştirilmedi. Birazdan tekrar deneyin.</translation>
    </message>
</context>
<context>
    <name>ImageChat::Presence</name>
    <message>
        <location filename="../core/presence.cpp" line="+68"/>
        <source>Anonymous</source>
        <translation>Anonim</translation>
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
            <numerusform>%n kişi burada</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People who have this room open, you included</source>
        <translation>Bu odayı açmış olan kişiler, siz dahil</translation>
    </message>
</context>
<context>
    <name>ImageChat::Protocol</name>
    <message>
        <location filename="../core/protocol.cpp" line="+55"/>
        <source>The message is not valid JSON (%1 at offset %2).</source>
        <translation>İleti geçerli bir JSON değil (%1, konum %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A message must be a JSON object with a &quot;type&quot;.</source>
        <translation>Bir ileti, &quot;type&quot; alanı olan bir JSON nesnesi olmalıdır.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The hello must say which protocol version it speaks.</source>
        <translation>&quot;hello&quot; iletisi hangi protokol sürümünü kullandığını belirtmelidir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server speaks protocol version %1; the client speaks version %2. Update the older of the two.</source>
        <translation>Bu sunucu %1 protokol sürümünü kullanıyor; istemci %2 sürümünü kullanıyor. İkisinden eski olanı güncelleyin.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The hello&apos;s &quot;seq&quot; or &quot;pending&quot; is out of range.</source>
        <translation>&quot;hello&quot; iletisindeki &quot;seq&quot; veya &quot;pending&quot; değeri aralık dışında.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The server&apos;s welcome has no user id.</source>
        <translation>Sunucunun karşılama iletisinde kullanıcı kimliği yok.</translation>
    </message>
</context>
<context>
    <name>ImageChat::RoomExport</name>
    <message>
        <location filename="../export/roomexport.cpp" line="+69"/>
        <source>The room&apos;s image is not here yet.</source>
        <translation>Odanın resmi henüz gelmedi.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The room&apos;s image cannot be read: %1</source>
        <translation>Odanın resmi okunamıyor: %1</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>The image with its markers could not be made.</source>
        <translation>İşaretçileriyle birlikte resim oluşturulamadı.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
</context>
<context>
    <name>ImageChat::RoomExporter</name>
    <message>
        <location filename="../ui/roomexporter.cpp" line="+29"/>
        <source>ImageChat export</source>
        <translation>ImageChat dışa aktarımı</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Exported to %1.</source>
        <translation>%1 dosyasına aktarıldı.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export failed: %1</source>
        <translation>Dışa aktarma başarısız oldu: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting to %1…</source>
        <translation>%1 dosyasına aktarılıyor…</translation>
    </message>
</context>
<context>
    <name>ImageChat::RoomLink</name>
    <message>
        <location filename="../core/roomlink.cpp" line="+26"/>
        <source>The address has no server name.</source>
        <translation>Adreste sunucu adı yok.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address has no port number (like :47800 after the server name).</source>
        <translation>Adreste bağlantı noktası numarası yok (sunucu adından sonra :47800 gibi).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address must not contain a user name or password.</source>
        <translation>Adres kullanıcı adı veya parola içermemelidir.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&quot;%1&quot; is not a server address; expected ws://HOST:PORT or wss://HOST:PORT.</source>
        <translation>&quot;%1&quot; bir sunucu adresi değil; ws://HOST:PORT veya wss://HOST:PORT bekleniyordu.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A room link starts with imagechat:// — this text does not.</source>
        <translation>Oda bağlantısı imagechat:// ile başlar — bu metin öyle başlamıyor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The room link is damaged: %1</source>
        <translation>Oda bağlantısı bozuk: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The room link has unexpected text after &quot;#&quot;.</source>
        <translation>Oda bağlantısında &quot;#&quot; işaretinden sonra beklenmeyen metin var.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The room link does not name a valid room.</source>
        <translation>Oda bağlantısı geçerli bir oda belirtmiyor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The room link has an unknown part &quot;%1&quot;.</source>
        <translation>Oda bağlantısında bilinmeyen bir bölüm var: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The room link has no valid access key; ask for the link again.</source>
        <translation>Oda bağlantısında geçerli bir erişim anahtarı yok; bağlantıyı yeniden isteyin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The room link&apos;s &quot;tls&quot; must be 0 or 1.</source>
        <translation>Oda bağlantısındaki &quot;tls&quot; değeri 0 veya 1 olmalıdır.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The room link&apos;s &quot;fp&quot; must be a SHA-256 fingerprint (64 hex digits) and needs tls=1.</source>
        <translation>Oda bağlantısındaki &quot;fp&quot; değeri bir SHA-256 parmak izi (64 onaltılık basamak) olmalı ve tls=1 gerektirir.</translation>
    </message>
</context>
<context>
    <name>ImageChat::RoomSession</name>
    <message>
        <location filename="../core/roomsession.cpp" line="+93"/>
        <source>This room&apos;s image is not the one that was opened.</source>
        <translation>Bu odanın resmi, açılan resim değil.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Not connected to a room.</source>
        <translation>Bir odaya bağlı değilsiniz.</translation>
    </message>
</context>
<context>
    <name>ImageChat::RoomState</name>
    <message>
        <location filename="../core/roomstate.cpp" line="+21"/>
        <source>This marker no longer exists; it may have been deleted.</source>
        <translation>Bu işaretçi artık yok; silinmiş olabilir.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This comment no longer exists; it may have been deleted.</source>
        <translation>Bu yorum artık yok; silinmiş olabilir.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>A marker with this id already exists.</source>
        <translation>Bu kimliğe sahip bir işaretçi zaten var.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+31"/>
        <source>This image already has the most markers a room can hold (%1).</source>
        <translation>Bu resim, bir odanın alabileceği en fazla işaretçi sayısına zaten ulaştı (%1).</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>This marker is there already; there is nothing to restore.</source>
        <translation>Bu işaretçi zaten var; geri yüklenecek bir şey yok.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no deleted marker with this id to restore.</source>
        <translation>Bu kimlikle geri yüklenebilecek silinmiş bir işaretçi yok.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the marker&apos;s creator or the room&apos;s owner can restore a marker.</source>
        <translation>Bir işaretçiyi yalnızca onu oluşturan kişi veya odanın sahibi geri yükleyebilir.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A comment with this id already exists.</source>
        <translation>Bu kimliğe sahip bir yorum zaten var.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This conversation already has the most comments it can hold (%1).</source>
        <translation>Bu konuşma, alabileceği en fazla yorum sayısına zaten ulaştı (%1).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only its author can change or delete a comment.</source>
        <translation>Bir yorumu yalnızca yazarı değiştirebilir veya silebilir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first comment opens the conversation and cannot be deleted on its own; edit it, or delete the marker.</source>
        <translation>İlk yorum konuşmayı başlatır ve tek başına silinemez; onu düzenleyin ya da işaretçiyi silin.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only the marker&apos;s creator or the room&apos;s owner can delete a marker.</source>
        <translation>Bir işaretçiyi yalnızca onu oluşturan kişi veya odanın sahibi silebilir.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>The change leaves out its author&apos;s name, but the room knows no name for this author.</source>
        <translation>Değişiklik yazarının adını içermiyor, ancak oda bu yazar için bir ad bilmiyor.</translation>
    </message>
</context>
<context>
    <name>ImageChat::RoomView</name>
    <message>
        <location filename="../ui/roomview.cpp" line="+58"/>
        <location line="+79"/>
        <source>The marker was not moved: %1</source>
        <translation>İşaretçi taşınmadı: %1</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>The room&apos;s image cannot be shown: %1</source>
        <translation>Odanın resmi gösterilemiyor: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not open the room: %1</source>
        <translation>Oda açılamadı: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A new marker was refused (%1). Its text was: %2</source>
        <translation>Yeni bir işaretçi reddedildi (%1). Metni şuydu: %2</translation>
    </message>
</context>
<context>
    <name>ImageChat::ServerNode</name>
    <message>
        <location filename="../server/servernode.cpp" line="+39"/>
        <source>Cannot create the folder %1.</source>
        <translation>%1 klasörü oluşturulamıyor.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The server is not running.</source>
        <translation>Sunucu çalışmıyor.</translation>
    </message>
</context>
<context>
    <name>ImageChat::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+29"/>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Empty: ImageChat hosts shared rooms itself</source>
        <translation>Boş: ImageChat paylaşılan odaları kendisi barındırır</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only if the server&apos;s operator gave you one</source>
        <translation>Yalnızca sunucu yöneticisi size bir tane verdiyse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional: a PEM file</source>
        <translation>İsteğe bağlı: bir PEM dosyası</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate authority</source>
        <translation>Sertifika makamı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Sertifikalar (*.pem *.crt);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System language</source>
        <translation>Sistem dili</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Given on the command line for this run; not saved.</source>
        <translation>Bu çalıştırma için komut satırında verildi; kaydedilmez.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your name:</source>
        <translation>Adınız:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server:</source>
        <translation>Sunucu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant token:</source>
        <translation>Kiracı belirteci:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted authority:</source>
        <translation>Güvenilen makam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Dil:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new language is used from the next start of ImageChat.</source>
        <translation>Yeni dil, ImageChat bir sonraki başlatıldığında kullanılır.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tell me about mentions and replies while ImageChat is not in front</source>
        <translation>ImageChat arka plandayken bahsedilmeler ve yanıtlar için bildirim göster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notifications:</source>
        <translation>Bildirimler:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Others see your name next to your comments. The server is where shared images and conversations are kept, e.g. wss://chat.example.org:443.</source>
        <translation>Diğerleri adınızı yorumlarınızın yanında görür. Sunucu, paylaşılan resimlerin ve konuşmaların tutulduğu yerdir, ör. wss://chat.example.org:443.</translation>
    </message>
</context>
<context>
    <name>ImageChat::ShareDialog</name>
    <message>
        <location filename="../ui/sharedialog.cpp" line="+17"/>
        <source>Share</source>
        <translation>Paylaş</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone with this link can see this image and its conversations, and add their own:</source>
        <translation>Bu bağlantıya sahip herkes bu resmi ve konuşmalarını görebilir, kendi konuşmalarını da ekleyebilir:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied to the clipboard.</source>
        <translation>Panoya kopyalandı.</translation>
    </message>
</context>
<context>
    <name>ImageChat::SqlStore</name>
    <message>
        <location filename="../server/sqlstore.cpp" line="+89"/>
        <source>Cannot open the database %1: %2</source>
        <translation>%1 veritabanı açılamıyor: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server could not store this change; nothing was changed.</source>
        <translation>Sunucu bu değişikliği kaydedemedi; hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This operation (same broadcastId) was already stored.</source>
        <translation>Bu işlem (aynı broadcastId) zaten kaydedilmiş.</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>This change came after its connection was given up and was reported as not saved; it was not stored.</source>
        <translation>Bu değişiklik, bağlantısından vazgeçilip kaydedilmedi olarak bildirildikten sonra geldi; saklanmadı.</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>This tenant no longer exists.</source>
        <translation>Bu kiracı artık yok.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This tenant has reached its quota of rooms (%1).</source>
        <translation>Bu kiracı oda kotasına (%1) ulaştı.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This tenant has reached its quota of %1 MB stored.</source>
        <translation>Bu kiracı %1 MB depolama kotasına ulaştı.</translation>
    </message>
</context>
<context>
    <name>ImageChat::StartScreen</name>
    <message>
        <location filename="../ui/startscreen.cpp" line="+20"/>
        <source>Talk about an image together</source>
        <translation>Bir resim hakkında birlikte konuşun</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open an image to put markers on it and discuss each one, or join a room someone shared with you. You can also drop an image here or paste one.</source>
        <translation>Bir resim açıp üzerine işaretçiler koyun ve her birini tartışın ya da sizinle paylaşılan bir odaya katılın. Ayrıca buraya bir resim bırakabilir veya yapıştırabilirsiniz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Image…</source>
        <translation>Resim Aç…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join Room…</source>
        <comment>room: a shared session on one image</comment>
        <translation>Odaya Katıl…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste Image</source>
        <translation>Resim Yapıştır</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent</source>
        <translation>Son Kullanılanlar</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Room %1</source>
        <comment>room: a shared session on one image</comment>
        <translation>Oda %1</translation>
    </message>
</context>
<context>
    <name>ImageChat::SyncService</name>
    <message>
        <location filename="../core/syncservice.cpp" line="+40"/>
        <source>The server did not answer in time.</source>
        <translation>Sunucu zamanında yanıt vermedi.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server stopped answering the heartbeat.</source>
        <translation>Sunucu bağlantı denetimine yanıt vermeyi bıraktı.</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>The server closed the connection.</source>
        <translation>Sunucu bağlantıyı kapattı.</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>The connection was lost before the server stored this change. It was not saved; try again.</source>
        <translation>Sunucu bu değişikliği kaydetmeden önce bağlantı koptu. Değişiklik kaydedilmedi; tekrar deneyin.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Not connected to the server, so this change was not sent. It will not be sent later; try again when the connection is back.</source>
        <translation>Sunucuya bağlı değilsiniz, bu yüzden bu değişiklik gönderilmedi. Daha sonra da gönderilmeyecek; bağlantı geri geldiğinde tekrar deneyin.</translation>
    </message>
</context>
<context>
    <name>ImageChat::ThreadPanel</name>
    <message>
        <location filename="../ui/threadpanel.cpp" line="+59"/>
        <source>Select a marker on the image or in the list to see its conversation.</source>
        <comment>marker: a numbered pin on the image with its conversation</comment>
        <translation>Konuşmasını görmek için resim üzerinde veya listede bir işaretçi seçin.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delete marker…</source>
        <comment>marker: a numbered pin with its conversation</comment>
        <translation>İşaretçiyi sil…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete</source>
        <comment>confirm deleting a marker</comment>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep</source>
        <comment>do not delete the marker</comment>
        <translation>Koru</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+49"/>
        <source>Retry</source>
        <translation>Yeniden Dene</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+49"/>
        <source>Dismiss</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Write a reply…</source>
        <translation>Bir yanıt yazın…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Send</source>
        <comment>send a reply</comment>
        <translation>Gönder</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Delete marker %1 and its whole conversation for everyone? This can&apos;t be undone.</source>
        <comment>marker: a numbered pin with its conversation; %1 is its number</comment>
        <translation>%1 numaralı işaretçi ve tüm konuşması herkes için silinsin mi? Bu işlem geri alınamaz.</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Marker</source>
        <comment>marker: a numbered pin with its conversation</comment>
        <translation>İşaretçi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This marker no longer exists.</source>
        <translation>Bu işaretçi artık yok.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>This comment was deleted.</source>
        <translation>Bu yorum silindi.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Marker %1</source>
        <comment>marker: a numbered pin with its conversation</comment>
        <translation>İşaretçi %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <comment>state: the conversation&apos;s point was dealt with</comment>
        <translation>Çözümlendi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <comment>state: the conversation is not resolved yet</comment>
        <translation>Açık</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <comment>make a resolved conversation open again</comment>
        <translation>Yeniden Aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve</source>
        <comment>mark the conversation as dealt with</comment>
        <translation>Çözümle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not connected to a room yet.</source>
        <translation>Henüz bir odaya bağlı değilsiniz.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not sent. Your text stays here so you can copy it.</source>
        <translation>Gönderilmedi. Kopyalayabilmeniz için metniniz burada kalıyor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected: replies can&apos;t be sent right now.</source>
        <translation>Bağlı değilsiniz: yanıtlar şu anda gönderilemez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending…</source>
        <comment>an own change the server has not confirmed yet</comment>
        <translation>Gönderiliyor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Enter sends</source>
        <translation>Ctrl+Enter gönderir</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 is typing…</source>
        <translation>%1 yazıyor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 are typing…</source>
        <translation>%1 ve %2 yazıyor…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n people are typing…</source>
        <translation>
            <numerusform>%n kişi yazıyor…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Your reply was not sent: %1</source>
        <translation>Yanıtınız gönderilmedi: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your edit was not saved: %1</source>
        <translation>Düzenlemeniz kaydedilmedi: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment was not deleted: %1</source>
        <translation>Yorum silinmedi: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The conversation was not resolved: %1</source>
        <translation>Konuşma çözümlenmedi: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conversation was not reopened: %1</source>
        <translation>Konuşma yeniden açılmadı: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The marker was not deleted: %1</source>
        <comment>marker: a numbered pin with its conversation</comment>
        <translation>İşaretçi silinmedi: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>It said: “%1”</source>
        <translation>Şöyle yazıyordu: “%1”</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Deleting this marker…</source>
        <comment>marker: a numbered pin with its conversation</comment>
        <translation>Bu işaretçi siliniyor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This marker was deleted.</source>
        <comment>marker: a numbered pin with its conversation</comment>
        <translation>Bu işaretçi silindi.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>you, in another window</source>
        <translation>başka bir pencerede siz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This marker was deleted by someone else.</source>
        <comment>marker: a numbered pin with its conversation</comment>
        <translation>Bu işaretçi başka biri tarafından silindi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This marker was deleted by %1.</source>
        <comment>marker: a numbered pin with its conversation; %1 is a person</comment>
        <translation>Bu işaretçi %1 tarafından silindi.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>This edit was not saved; its comment was deleted meanwhile: “%1”</source>
        <translation>Bu düzenleme kaydedilmedi; bu arada yorumu silindi: “%1”</translation>
    </message>
</context>
<context>
    <name>ImageChat::TlsTrust</name>
    <message>
        <location filename="../core/tlstrust.cpp" line="+57"/>
        <source>Refused the connection to %1: its certificate is not signed by an authority this computer trusts.</source>
        <translation>%1 ile bağlantı reddedildi: sertifikası bu bilgisayarın güvendiği bir makam tarafından imzalanmamış.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused the connection to %1: its certificate has expired.</source>
        <translation>%1 ile bağlantı reddedildi: sertifikasının süresi dolmuş.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused the connection to %1: its certificate is for another server name.</source>
        <translation>%1 ile bağlantı reddedildi: sertifikası başka bir sunucu adı için.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused the connection to %1: %2</source>
        <translation>%1 ile bağlantı reddedildi: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refused the connection to %1: its certificate is not the one the room link names.</source>
        <translation>%1 ile bağlantı reddedildi: sertifikası oda bağlantısının belirttiği sertifika değil.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds no certificate (PEM expected).</source>
        <translation>%1 sertifika içermiyor (PEM bekleniyor).</translation>
    </message>
</context>
<context>
    <name>ImageChat::UndoActions</name>
    <message>
        <location filename="../ui/undoactions.cpp" line="+52"/>
        <source>&amp;Undo</source>
        <translation>&amp;Geri Al</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Geri Al: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Yinele: %1</translation>
    </message>
</context>
<context>
    <name>ImageChat::UndoHistory</name>
    <message>
        <location filename="../core/undohistory.cpp" line="+52"/>
        <source>Add Marker %1</source>
        <translation>İşaretçi %1 ekleme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Comment to Marker %1</source>
        <translation>İşaretçi %1: yorum ekleme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Comment on Marker %1</source>
        <translation>İşaretçi %1: yorum düzenleme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete Comment on Marker %1</source>
        <translation>İşaretçi %1: yorum silme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move Marker %1</source>
        <translation>İşaretçi %1 taşıma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolve Marker %1</source>
        <translation>İşaretçi %1 çözümleme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen Marker %1</source>
        <translation>İşaretçi %1 yeniden açma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete Marker %1</source>
        <translation>İşaretçi %1 silme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore Marker %1</source>
        <translation>İşaretçi %1 geri yükleme</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot undo &quot;%1&quot;: someone has deleted it since.</source>
        <translation>&quot;%1&quot; geri alınamıyor: bu arada biri onu sildi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot redo &quot;%1&quot;: someone has deleted it since.</source>
        <translation>&quot;%1&quot; yinelenemiyor: bu arada biri onu sildi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot undo &quot;%1&quot;: someone else has changed it since, and their change is kept.</source>
        <translation>&quot;%1&quot; geri alınamıyor: bu arada başka biri onu değiştirdi ve onun değişikliği korunuyor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot redo &quot;%1&quot;: someone else has changed it since, and their change is kept.</source>
        <translation>&quot;%1&quot; yinelenemiyor: bu arada başka biri onu değiştirdi ve onun değişikliği korunuyor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot undo &quot;%1&quot;: the marker is back already.</source>
        <translation>&quot;%1&quot; geri alınamıyor: işaretçi zaten geri geldi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot redo &quot;%1&quot;: the marker is back already.</source>
        <translation>&quot;%1&quot; yinelenemiyor: işaretçi zaten geri geldi.</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>There is nothing to undo.</source>
        <translation>Geri alınacak bir şey yok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to redo.</source>
        <translation>Yinelenecek bir şey yok.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+52"/>
        <source>Cannot undo &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; geri alınamıyor: %2</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+58"/>
        <source>Cannot redo &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; yinelenemiyor: %2</translation>
    </message>
</context>
<context>
    <name>ImageChat::WindowActions</name>
    <message>
        <location filename="../ui/windowactions.cpp" line="+23"/>
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tools</source>
        <translation>&amp;Araçlar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ImageChat</source>
        <translation>ImageChat &amp;Hakkında</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Image…</source>
        <translation>Resim &amp;Aç…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Join Room…</source>
        <comment>room: a shared session on one image</comment>
        <translation>Odaya &amp;Katıl…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste Image</source>
        <translation>Resim &amp;Yapıştır</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Share…</source>
        <translation>&amp;Paylaş…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Dışa Aktar…</translation>
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
        <translation>Bu Odada Ye&amp;ni Pencere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se&amp;ttings…</source>
        <translation>Aya&amp;rlar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close Window</source>
        <translation>Pencereyi Kapa&amp;t</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Çıkış</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tools</source>
        <translation>Araçlar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select</source>
        <translation>Seç</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select and move markers, pan the image (V)</source>
        <translation>İşaretçileri seçin ve taşıyın, resmi kaydırın (V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Marker</source>
        <comment>marker: a pin on the image that holds a conversation</comment>
        <translation>İşaretçi Ekle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click on the image to place a marker and start a conversation (M)</source>
        <translation>İşaretçi koyup konuşma başlatmak için resme tıklayın (M)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Yakınlaştır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Uzaklaştır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Pencereye Sığdır</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Gerçek Boyut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next Unread</source>
        <translation>Sonraki &amp;okunmamış</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the next conversation with unread comments (N)</source>
        <translation>Okunmamış yorumları olan sonraki konuşmayı aç (N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection</source>
        <translation>Bağlantı</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Connection</source>
        <comment>the panel with the figures of the connection</comment>
        <translation>&amp;Bağlantı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>About ImageChat</source>
        <translation>ImageChat Hakkında</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;ImageChat %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Talk about images together: markers on an image, a conversation at each, in sync for everyone who has it open.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ImageChat %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Resimler hakkında birlikte konuşun: bir resim üzerinde işaretçiler, her birinde bir konuşma; resmi açmış olan herkes için senkronize.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ImageChat::WindowDialogs</name>
    <message>
        <location filename="../ui/windowdialogs.cpp" line="+20"/>
        <source>Open Image</source>
        <translation>Resim Aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff);;All files (*)</source>
        <translation>Resimler (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The room is kept on %1.</source>
        <translation>Oda %1 sunucusunda tutuluyor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot share on the local network: %1</source>
        <translation>Yerel ağda paylaşılamıyor: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer hosts the room: others can join while ImageChat runs here.</source>
        <translation>Bu bilgisayar odayı barındırıyor: ImageChat burada çalıştığı sürece başkaları katılabilir.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Discard Unsent Text?</source>
        <translation>Gönderilmemiş Metin Atılsın mı?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You typed a comment that was not sent. Close the window anyway?</source>
        <translation>Gönderilmemiş bir yorum yazdınız. Pencere yine de kapatılsın mı?</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+28"/>
        <source>Talk about images together: markers on an image, a conversation at each.</source>
        <translation>Resimler hakkında birlikte konuşun: bir resim üzerinde işaretçiler, her birinde bir konuşma.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your display name.</source>
        <translation>Görünen adınız.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server for new rooms (ws://HOST:PORT); default: host them here.</source>
        <translation>Yeni odalar için sunucu (ws://HOST:PORT); varsayılan: odaları burada barındır.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder for the rooms this program hosts.</source>
        <translation>Bu programın barındırdığı odaların klasörü.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Port for hosted rooms.</source>
        <translation>Barındırılan odalar için bağlantı noktası.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the interface (bg, el, de, tr, pt_BR, en); default: the setting, else the system language.</source>
        <translation>Arayüz dili (bg, el, de, tr, pt_BR, en); varsayılan: ayar, yoksa sistem dili.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An image file or an imagechat:// room link.</source>
        <translation>Bir resim dosyası veya bir imagechat:// oda bağlantısı.</translation>
    </message>
</context>
</TS>
