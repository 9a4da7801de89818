<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
<context>
    <name>ImageChat::AppSettings</name>
    <message>
        <location filename="../core/appsettings.cpp" line="+32"/>
        <source>Guest</source>
        <translation>Επισκέπτης</translation>
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
            <numerusform>%n δείκτης εδώ. Κάντε κλικ για μεγέθυνση.</numerusform>
            <numerusform>%n δείκτες εδώ. Κάντε κλικ για μεγέθυνση.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageChat::CommentView</name>
    <message>
        <location filename="../ui/commentview.cpp" line="+51"/>
        <source>Save</source>
        <comment>save an edited comment</comment>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry</source>
        <translation>Επανάληψη</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(edited)</source>
        <comment>a comment changed after it was posted</comment>
        <translation>(επεξεργασμένο)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit</source>
        <comment>edit a comment</comment>
        <translation>Επεξεργασία</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <comment>delete a comment</comment>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Delete this comment?</source>
        <translation>Διαγραφή αυτού του σχολίου;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <comment>confirm deleting a comment</comment>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep</source>
        <comment>do not delete the comment</comment>
        <translation>Διατήρηση</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ctrl+Enter saves, Esc cancels</source>
        <translation>Ctrl+Enter για αποθήκευση, Esc για ακύρωση</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Someone</source>
        <comment>author with no display name</comment>
        <translation>Κάποιος</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edited %1</source>
        <translation>Επεξεργάστηκε στις %1</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Sending…</source>
        <comment>an own change the server has not confirmed yet</comment>
        <translation>Αποστολή…</translation>
    </message>
</context>
<context>
    <name>ImageChat::ConnectionPanel</name>
    <message>
        <location filename="../ui/connectionpanel.cpp" line="+51"/>
        <source>Server:</source>
        <translation>Διακομιστής:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security:</source>
        <translation>Ασφάλεια:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pinned certificate:</source>
        <translation>Δεσμευμένο πιστοποιητικό:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation>Κατάσταση:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round trip:</source>
        <comment>time from the heartbeat&apos;s ping to its pong</comment>
        <translation>Χρόνος απόκρισης:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Room epoch:</source>
        <comment>epoch: which history of the room this is</comment>
        <translation>Εποχή δωματίου:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last event:</source>
        <comment>the sequence number of the last event received</comment>
        <translation>Τελευταίο συμβάν:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages received:</source>
        <translation>Ληφθέντα μηνύματα:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes received:</source>
        <translation>Ληφθέντα byte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages sent:</source>
        <translation>Απεσταλμένα μηνύματα:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes sent:</source>
        <translation>Απεσταλμένα byte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnects:</source>
        <translation>Επανασυνδέσεις:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error:</source>
        <translation>Τελευταίο σφάλμα:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>Αντιγραφή</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy these figures, e.g. for a problem report</source>
        <translation>Αντιγραφή αυτών των τιμών, π.χ. για αναφορά προβλήματος</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Encrypted (TLS, wss://)</source>
        <translation>Κρυπτογραφημένη (TLS, wss://)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not encrypted (ws://)</source>
        <translation>Μη κρυπτογραφημένη (ws://)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>None</source>
        <translation>Κανένα</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Disconnected</source>
        <translation>Αποσυνδεδεμένο</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting</source>
        <translation>Σύνδεση</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catching up</source>
        <comment>connected again, receiving what was missed</comment>
        <translation>Συγχρονισμός</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Live</source>
        <comment>connected and in sync</comment>
        <translation>Συνδεδεμένο</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Waiting to reconnect (%n s)</source>
        <translation>
            <numerusform>Επανασύνδεση σε %n δευτ.</numerusform>
            <numerusform>Επανασύνδεση σε %n δευτ.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused: %1</source>
        <translation>Απορρίφθηκε: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not measured yet</source>
        <translation>Δεν έχει μετρηθεί ακόμη</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None yet</source>
        <translation>Καμία ακόμη</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (at %2)</source>
        <translation>%1 (στις %2)</translation>
    </message>
</context>
<context>
    <name>ImageChat::ConnectionStatus</name>
    <message>
        <location filename="../core/connectionstatus.cpp" line="+72"/>
        <source>You are offline, so this was not sent. It will not be sent later; send it again when you are back online.</source>
        <translation>Είστε εκτός σύνδεσης, οπότε αυτό δεν στάλθηκε. Δεν θα σταλεί αργότερα. Στείλτε το ξανά όταν επανέλθετε σε σύνδεση.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected to the room: %1</source>
        <translation>Δεν υπάρχει σύνδεση με το δωμάτιο: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected to the server, so this was not sent. It will not be sent later; send it again once the connection is back.</source>
        <translation>Δεν υπάρχει σύνδεση με τον διακομιστή, οπότε αυτό δεν στάλθηκε. Δεν θα σταλεί αργότερα. Στείλτε το ξανά μόλις αποκατασταθεί η σύνδεση.</translation>
    </message>
</context>
<context>
    <name>ImageChat::ConversationDelegate</name>
    <message>
        <location filename="../ui/conversationlist.cpp" line="+37"/>
        <source>No replies</source>
        <translation>Καμία απάντηση</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 reply</source>
        <translation>1 απάντηση</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n replies</source>
        <comment>comments after the first one in a conversation</comment>
        <translation>
            <numerusform>%n απάντηση</numerusform>
            <numerusform>%n απαντήσεις</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Someone</source>
        <comment>author with no display name</comment>
        <translation>Κάποιος</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ Resolved</source>
        <comment>state of a conversation whose point has been dealt with</comment>
        <translation>✓ Επιλυμένη</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending…</source>
        <comment>an own change the server has not confirmed yet</comment>
        <translation>Αποστολή…</translation>
    </message>
</context>
<context>
    <name>ImageChat::ConversationList</name>
    <message>
        <location line="+124"/>
        <source>All</source>
        <comment>filter: every conversation</comment>
        <translation>Όλες</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <comment>filter: conversations not resolved yet</comment>
        <translation>Ανοιχτές</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved</source>
        <comment>filter: conversations marked as dealt with</comment>
        <translation>Επιλυμένες</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Conversations</source>
        <translation>Συζητήσεις</translation>
    </message>
</context>
<context>
    <name>ImageChat::DesktopApp</name>
    <message>
        <location filename="../app/gui/desktopapp.cpp" line="+29"/>
        <source>The tenant token could not be kept in the keychain; ImageChat uses it until it closes.</source>
        <translation>Το διακριτικό μισθωτή δεν αποθηκεύτηκε στην κλειδοθήκη· το ImageChat το χρησιμοποιεί μέχρι να κλείσει.</translation>
    </message>
</context>
<context>
    <name>ImageChat::ErrorText</name>
    <message numerus="yes">
        <location filename="../core/errortext.cpp" line="+24"/>
        <source>Too many changes at once; ImageChat tries again in %n second(s).</source>
        <translation>
            <numerusform>Πάρα πολλές αλλαγές ταυτόχρονα· το ImageChat θα ξαναδοκιμάσει σε %n δευτερόλεπτο.</numerusform>
            <numerusform>Πάρα πολλές αλλαγές ταυτόχρονα· το ImageChat θα ξαναδοκιμάσει σε %n δευτερόλεπτα.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Your organisation has used its quota of %n room(s) on this server; ask its operator for more.</source>
        <translation>
            <numerusform>Ο οργανισμός σας εξάντλησε το όριο των %n δωματίου σε αυτόν τον διακομιστή· ζητήστε περισσότερα από τον διαχειριστή του.</numerusform>
            <numerusform>Ο οργανισμός σας εξάντλησε το όριο των %n δωματίων σε αυτόν τον διακομιστή· ζητήστε περισσότερα από τον διαχειριστή του.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your organisation has used its storage quota (%1) on this server; ask its operator for more.</source>
        <translation>Ο οργανισμός σας εξάντλησε το όριο αποθήκευσης (%1) σε αυτόν τον διακομιστή· ζητήστε περισσότερο από τον διαχειριστή του.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The server could not read a message from this program.</source>
        <translation>Ο διακομιστής δεν μπόρεσε να διαβάσει ένα μήνυμα από αυτό το πρόγραμμα.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused a malformed request.</source>
        <translation>Ο διακομιστής απέρριψε ένα λανθασμένο αίτημα.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not know this request; it may be an older version.</source>
        <translation>Ο διακομιστής δεν γνωρίζει αυτό το αίτημα· ίσως είναι παλαιότερη έκδοση.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server speaks another version of ImageChat; update the program or the server.</source>
        <translation>Αυτός ο διακομιστής χρησιμοποιεί άλλη έκδοση του ImageChat· ενημερώστε το πρόγραμμα ή τον διακομιστή.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not in the room yet; try again.</source>
        <translation>Δεν είστε ακόμη στο δωμάτιο· δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no such room on this server.</source>
        <translation>Δεν υπάρχει τέτοιο δωμάτιο σε αυτόν τον διακομιστή.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The room key is wrong; ask for the link again.</source>
        <translation>Το κλειδί του δωματίου είναι λάθος· ζητήστε ξανά τον σύνδεσμο.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server does not recognise your identity.</source>
        <translation>Αυτός ο διακομιστής δεν αναγνωρίζει την ταυτότητά σας.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This marker or comment does not exist any more.</source>
        <translation>Αυτός ο δείκτης ή το σχόλιο δεν υπάρχει πια.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This change was saved already.</source>
        <translation>Αυτή η αλλαγή έχει ήδη αποθηκευτεί.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only its author or the room&apos;s owner may do this.</source>
        <translation>Μόνο ο συντάκτης ή ο ιδιοκτήτης του δωματίου μπορεί να το κάνει αυτό.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The position is outside the image.</source>
        <translation>Η θέση είναι εκτός της εικόνας.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment is too long (at most 4,000 characters).</source>
        <translation>Το σχόλιο είναι πολύ μεγάλο (το πολύ 4.000 χαρακτήρες).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment is empty.</source>
        <translation>Το σχόλιο είναι κενό.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This room or conversation has reached its size limit.</source>
        <translation>Αυτό το δωμάτιο ή η συζήτηση έφτασε το όριο μεγέθους.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is too large for the server.</source>
        <translation>Αυτό είναι πολύ μεγάλο για τον διακομιστή.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not accept this image (PNG, JPEG, GIF, BMP or WebP up to 30,000 pixels a side).</source>
        <translation>Ο διακομιστής δεν δέχεται αυτή την εικόνα (PNG, JPEG, GIF, BMP ή WebP έως 30.000 εικονοστοιχεία ανά πλευρά).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image was damaged on the way; try again.</source>
        <translation>Η εικόνα αλλοιώθηκε στη διαδρομή· δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not save this right now; nothing was changed.</source>
        <translation>Ο διακομιστής δεν μπόρεσε να το αποθηκεύσει τώρα· δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creating rooms on this server needs a tenant token from its operator (Settings, Tenant token).</source>
        <translation>Η δημιουργία δωματίων σε αυτόν τον διακομιστή απαιτεί διακριτικό μισθωτή από τον διαχειριστή του (Ρυθμίσεις, Διακριτικό μισθωτή).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server does not accept your tenant token; ask its operator for a current one.</source>
        <translation>Ο διακομιστής δεν δέχεται το διακριτικό μισθωτή σας· ζητήστε ένα τρέχον από τον διαχειριστή του.</translation>
    </message>
</context>
<context>
    <name>ImageChat::ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.cpp" line="+8"/>
        <source>Export</source>
        <translation>Εξαγωγή</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF report (*.pdf)</source>
        <translation>Αναφορά PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image with numbered markers (*.png)</source>
        <translation>Εικόνα με αριθμημένους δείκτες (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W3C Web Annotations (*.jsonld)</source>
        <translation>Σχολιασμοί Web W3C (*.jsonld)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ImageChat JSON (*.json)</source>
        <translation>JSON του ImageChat (*.json)</translation>
    </message>
</context>
<context>
    <name>ImageChat::FreedesktopNotifications</name>
    <message>
        <location filename="../ui/desktopnotifications.cpp" line="+53"/>
        <source>Open</source>
        <comment>open the marker</comment>
        <translation>Άνοιγμα</translation>
    </message>
</context>
<context>
    <name>ImageChat::IdentityManager</name>
    <message>
        <location filename="../core/identitymanager.cpp" line="+118"/>
        <source>%1 Your identity is kept until ImageChat quits: after a restart you can no longer edit or delete the comments you wrote before.</source>
        <comment>%1: why there is no keychain, a whole sentence</comment>
        <translation>%1 Η ταυτότητά σας διατηρείται μέχρι να κλείσει το ImageChat: μετά από επανεκκίνηση δεν θα μπορείτε πλέον να επεξεργαστείτε ή να διαγράψετε τα σχόλια που γράψατε πριν.</translation>
    </message>
</context>
<context>
    <name>ImageChat::ImageDownload</name>
    <message>
        <location filename="../core/imagetransfer.cpp" line="+231"/>
        <source>The downloaded image is damaged (its checksum does not match the room&apos;s). Try joining again.</source>
        <translation>Η εικόνα που λήφθηκε είναι κατεστραμμένη (το άθροισμα ελέγχου της δεν ταιριάζει με του δωματίου). Δοκιμάστε ξανά τη συμμετοχή.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server sent more image data than announced.</source>
        <translation>Ο διακομιστής έστειλε περισσότερα δεδομένα εικόνας από όσα είχε ανακοινώσει.</translation>
    </message>
</context>
<context>
    <name>ImageChat::ImageInput</name>
    <message>
        <location filename="../ui/imageinput.cpp" line="+28"/>
        <source>Pasted image</source>
        <translation>Επικολλημένη εικόνα</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The clipboard holds no image.</source>
        <translation>Το πρόχειρο δεν περιέχει εικόνα.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open %1: %2</source>
        <translation>Δεν είναι δυνατό το άνοιγμα του %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is too large to share (%2 MB; the limit is %3 MB).</source>
        <translation>Το %1 είναι πολύ μεγάλο για κοινή χρήση (%2 MB, ενώ το όριο είναι %3 MB).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Dropped image</source>
        <translation>Εικόνα από μεταφορά</translation>
    </message>
</context>
<context>
    <name>ImageChat::ImageTransfer</name>
    <message>
        <location filename="../core/imagetransfer.cpp" line="-214"/>
        <source>The server stopped answering.</source>
        <translation>Ο διακομιστής σταμάτησε να απαντά.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not reach the server at %1.</source>
        <translation>Δεν ήταν δυνατή η σύνδεση με τον διακομιστή στο %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server closed the connection: %1</source>
        <translation>Ο διακομιστής έκλεισε τη σύνδεση: %1</translation>
    </message>
</context>
<context>
    <name>ImageChat::JoinDialog</name>
    <message>
        <location filename="../ui/joindialog.cpp" line="+16"/>
        <source>Join a Room</source>
        <comment>room: a shared session on one image</comment>
        <translation>Συμμετοχή σε δωμάτιο</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the room link someone shared with you:</source>
        <translation>Επικολλήστε τον σύνδεσμο δωματίου που μοιράστηκε κάποιος μαζί σας:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Join</source>
        <comment>join a room</comment>
        <translation>Συμμετοχή</translation>
    </message>
</context>
<context>
    <name>ImageChat::KeychainCredentialStore</name>
    <message>
        <location filename="../ui/keychainstore.cpp" line="+37"/>
        <source>Access to the keychain was refused.</source>
        <translation>Δεν επιτράπηκε η πρόσβαση στην κλειδοθήκη.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No keychain (such as GNOME Keyring or KWallet) could be reached.</source>
        <translation>Δεν βρέθηκε διαθέσιμη κλειδοθήκη (όπως το GNOME Keyring ή το KWallet).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain did not keep the secret.</source>
        <translation>Η κλειδοθήκη δεν φύλαξε το μυστικό.</translation>
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
        <translation>Κοινή χρήση από αυτόν τον υπολογιστή: άλλοι μπορούν να συμμετάσχουν όσο εκτελείται το ImageChat.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This window already shows an image; open the new one from a new window.</source>
        <translation>Αυτό το παράθυρο εμφανίζει ήδη μια εικόνα. Ανοίξτε τη νέα σε νέο παράθυρο.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>%1 is not an image ImageChat can show (%2).</source>
        <translation>Το %1 δεν είναι εικόνα που μπορεί να εμφανίσει το ImageChat (%2).</translation>
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
        <translation>Ανοίξτε αυτό το δωμάτιο από τον σύνδεσμό του.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key of this room is no longer kept on this computer; open the room from its link again.</source>
        <translation>Το κλειδί αυτού του δωματίου δεν φυλάσσεται πια σε αυτόν τον υπολογιστή· ανοίξτε ξανά το δωμάτιο από τον σύνδεσμό του.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Joining — ImageChat</source>
        <translation>Συμμετοχή — ImageChat</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Image %p%</source>
        <translation>Εικόνα %p%</translation>
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
        <translation>Τίποτα μη αναγνωσμένο.</translation>
    </message>
</context>
<context>
    <name>ImageChat::MarkerComposer</name>
    <message>
        <location filename="../ui/markercomposer.cpp" line="+25"/>
        <source>Retry</source>
        <translation>Επανάληψη</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write a comment…</source>
        <translation>Γράψτε ένα σχόλιο…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter to send · Shift+Enter for a new line · Esc to cancel</source>
        <translation>Enter για αποστολή · Shift+Enter για νέα γραμμή · Esc για ακύρωση</translation>
    </message>
</context>
<context>
    <name>ImageChat::MentionNotifier</name>
    <message>
        <location filename="../core/mentionnotifier.cpp" line="+63"/>
        <source>Someone</source>
        <translation>Κάποιος</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mentioned you</source>
        <translation>Ο/Η %1 σας ανέφερε</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 replied</source>
        <translation>Ο/Η %1 απάντησε</translation>
    </message>
</context>
<context>
    <name>ImageChat::MessageBar</name>
    <message>
        <location filename="../ui/messagebar.cpp" line="+17"/>
        <source>Dismiss</source>
        <translation>Κλείσιμο</translation>
    </message>
</context>
<context>
    <name>ImageChat::OfflineBanner</name>
    <message>
        <location filename="../ui/offlinebanner.cpp" line="+17"/>
        <source>Retry now</source>
        <translation>Επανάληψη τώρα</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Connecting…</source>
        <translation>Σύνδεση…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline — you can view markers, new ones can&apos;t be sent</source>
        <comment>marker: a numbered pin on the image with its conversation</comment>
        <translation>Εκτός σύνδεσης — βλέπετε τους δείκτες, αλλά δεν στέλνονται νέοι</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Reconnecting in %n s —</source>
        <comment>followed by a Retry now button</comment>
        <translation>
            <numerusform>Επανασύνδεση σε %n δευτ. —</numerusform>
            <numerusform>Επανασύνδεση σε %n δευτ. —</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reconnecting…</source>
        <translation>Επανασύνδεση…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resynchronising…</source>
        <comment>catching up with changes made while disconnected</comment>
        <translation>Επανασυγχρονισμός…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Can&apos;t join this room: %1</source>
        <comment>room: the shared session on one image</comment>
        <translation>Δεν είναι δυνατή η συμμετοχή σε αυτό το δωμάτιο: %1</translation>
    </message>
</context>
<context>
    <name>ImageChat::Operation</name>
    <message>
        <location filename="../core/operation.cpp" line="+50"/>
        <source>Field &quot;%1&quot; %2.</source>
        <translation>Το πεδίο «%1» %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be an id of 16 characters (A-Z a-z 0-9 - _)</source>
        <translation>πρέπει να είναι αναγνωριστικό 16 χαρακτήρων (A-Z a-z 0-9 - _)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>must be left out: what a change makes takes the change&apos;s broadcastId</source>
        <translation>πρέπει να παραλείπεται: ό,τι δημιουργεί μια αλλαγή παίρνει το broadcastId της</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be a number</source>
        <translation>πρέπει να είναι αριθμός</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>The marker position must lie on the image (x and y between 0 and 1).</source>
        <translation>Η θέση του δείκτη πρέπει να βρίσκεται πάνω στην εικόνα (x και y μεταξύ 0 και 1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A comment cannot be empty.</source>
        <translation>Ένα σχόλιο δεν μπορεί να είναι κενό.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A comment can have at most %1 characters; this one has %2.</source>
        <translation>Ένα σχόλιο μπορεί να έχει έως %1 χαρακτήρες, ενώ αυτό έχει %2.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>must be a string</source>
        <translation>πρέπει να είναι συμβολοσειρά</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be true or false</source>
        <translation>πρέπει να είναι true ή false</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be an object</source>
        <translation>πρέπει να είναι αντικείμενο</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unknown request type &quot;%1&quot;.</source>
        <translation>Άγνωστος τύπος αιτήματος «%1».</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Not an event: &quot;%1&quot;.</source>
        <translation>Δεν είναι γεγονός: «%1».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>An event needs a positive &quot;seq&quot; and an author.</source>
        <translation>Ένα γεγονός χρειάζεται θετικό «seq» και συντάκτη.</translation>
    </message>
</context>
<context>
    <name>ImageChat::PdfReport</name>
    <message>
        <location filename="../export/pdfreport.cpp" line="+38"/>
        <source>Someone without a name</source>
        <translation>Κάποιος χωρίς όνομα</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 marker, exported %1</source>
        <translation>1 δείκτης, εξαγωγή %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n markers, exported %1</source>
        <translation>
            <numerusform>%n δείκτης, εξαγωγή %1</numerusform>
            <numerusform>%n δείκτες, εξαγωγή %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No markers yet.</source>
        <translation>Δεν υπάρχουν ακόμη δείκτες.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Marker %1</source>
        <translation>Δείκτης %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marker %1 (resolved)</source>
        <translation>Δείκτης %1 (επιλυμένος)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(edited %1)</source>
        <translation>(επεξεργασία %1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Image</source>
        <translation>Εικόνα</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+41"/>
        <source>The PDF report could not be made.</source>
        <translation>Δεν ήταν δυνατή η δημιουργία της αναφοράς PDF.</translation>
    </message>
</context>
<context>
    <name>ImageChat::PostgresStore</name>
    <message>
        <location filename="../server/postgresstore.cpp" line="+166"/>
        <source>The server cannot reach its database; nothing was changed. Try again shortly.</source>
        <translation>Ο διακομιστής δεν μπορεί να επικοινωνήσει με τη βάση δεδομένων του. Δεν άλλαξε τίποτα. Δοκιμάστε ξανά σε λίγο.</translation>
    </message>
</context>
<context>
    <name>ImageChat::Presence</name>
    <message>
        <location filename="../core/presence.cpp" line="+68"/>
        <source>Anonymous</source>
        <translation>Ανώνυμος</translation>
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
            <numerusform>%n εδώ</numerusform>
            <numerusform>%n εδώ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People who have this room open, you included</source>
        <translation>Άτομα που έχουν ανοιχτό αυτό το δωμάτιο, μαζί με εσάς</translation>
    </message>
</context>
<context>
    <name>ImageChat::Protocol</name>
    <message>
        <location filename="../core/protocol.cpp" line="+55"/>
        <source>The message is not valid JSON (%1 at offset %2).</source>
        <translation>Το μήνυμα δεν είναι έγκυρο JSON (%1 στη θέση %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A message must be a JSON object with a &quot;type&quot;.</source>
        <translation>Ένα μήνυμα πρέπει να είναι αντικείμενο JSON με «type».</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The hello must say which protocol version it speaks.</source>
        <translation>Το μήνυμα hello πρέπει να δηλώνει ποια έκδοση πρωτοκόλλου χρησιμοποιεί.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server speaks protocol version %1; the client speaks version %2. Update the older of the two.</source>
        <translation>Αυτός ο διακομιστής χρησιμοποιεί την έκδοση πρωτοκόλλου %1 και το πρόγραμμα-πελάτης την έκδοση %2. Ενημερώστε το παλαιότερο από τα δύο.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The hello&apos;s &quot;seq&quot; or &quot;pending&quot; is out of range.</source>
        <translation>Τα «seq» ή «pending» του μηνύματος hello είναι εκτός εύρους.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The server&apos;s welcome has no user id.</source>
        <translation>Το μήνυμα welcome του διακομιστή δεν έχει αναγνωριστικό χρήστη.</translation>
    </message>
</context>
<context>
    <name>ImageChat::RoomExport</name>
    <message>
        <location filename="../export/roomexport.cpp" line="+69"/>
        <source>The room&apos;s image is not here yet.</source>
        <translation>Η εικόνα του δωματίου δεν έχει φτάσει ακόμη.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The room&apos;s image cannot be read: %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση της εικόνας του δωματίου: %1</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>The image with its markers could not be made.</source>
        <translation>Δεν ήταν δυνατή η δημιουργία της εικόνας με τους δείκτες της.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot write %1: %2</source>
        <translation>Δεν είναι δυνατή η εγγραφή του %1: %2</translation>
    </message>
</context>
<context>
    <name>ImageChat::RoomExporter</name>
    <message>
        <location filename="../ui/roomexporter.cpp" line="+29"/>
        <source>ImageChat export</source>
        <translation>Εξαγωγή ImageChat</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Exported to %1.</source>
        <translation>Εξήχθη στο %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export failed: %1</source>
        <translation>Η εξαγωγή απέτυχε: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting to %1…</source>
        <translation>Εξαγωγή στο %1…</translation>
    </message>
</context>
<context>
    <name>ImageChat::RoomLink</name>
    <message>
        <location filename="../core/roomlink.cpp" line="+26"/>
        <source>The address has no server name.</source>
        <translation>Η διεύθυνση δεν έχει όνομα διακομιστή.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address has no port number (like :47800 after the server name).</source>
        <translation>Η διεύθυνση δεν έχει αριθμό θύρας (π.χ. :47800 μετά το όνομα διακομιστή).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address must not contain a user name or password.</source>
        <translation>Η διεύθυνση δεν πρέπει να περιέχει όνομα χρήστη ή κωδικό πρόσβασης.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&quot;%1&quot; is not a server address; expected ws://HOST:PORT or wss://HOST:PORT.</source>
        <translation>Το «%1» δεν είναι διεύθυνση διακομιστή. Αναμενόταν ws://HOST:PORT ή wss://HOST:PORT.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A room link starts with imagechat:// — this text does not.</source>
        <translation>Ένας σύνδεσμος δωματίου ξεκινά με imagechat:// — αυτό το κείμενο όχι.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The room link is damaged: %1</source>
        <translation>Ο σύνδεσμος δωματίου είναι κατεστραμμένος: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The room link has unexpected text after &quot;#&quot;.</source>
        <translation>Ο σύνδεσμος δωματίου έχει απροσδόκητο κείμενο μετά το «#».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The room link does not name a valid room.</source>
        <translation>Ο σύνδεσμος δωματίου δεν ορίζει έγκυρο δωμάτιο.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The room link has an unknown part &quot;%1&quot;.</source>
        <translation>Ο σύνδεσμος δωματίου έχει άγνωστο τμήμα «%1».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The room link has no valid access key; ask for the link again.</source>
        <translation>Ο σύνδεσμος δωματίου δεν έχει έγκυρο κλειδί πρόσβασης. Ζητήστε ξανά τον σύνδεσμο.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The room link&apos;s &quot;tls&quot; must be 0 or 1.</source>
        <translation>Η τιμή «tls» του συνδέσμου δωματίου πρέπει να είναι 0 ή 1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The room link&apos;s &quot;fp&quot; must be a SHA-256 fingerprint (64 hex digits) and needs tls=1.</source>
        <translation>Η τιμή «fp» του συνδέσμου δωματίου πρέπει να είναι αποτύπωμα SHA-256 (64 δεκαεξαδικά ψηφία) και απαιτεί tls=1.</translation>
    </message>
</context>
<context>
    <name>ImageChat::RoomSession</name>
    <message>
        <location filename="../core/roomsession.cpp" line="+93"/>
        <source>This room&apos;s image is not the one that was opened.</source>
        <translation>Η εικόνα αυτού του δωματίου δεν είναι αυτή που ανοίχτηκε.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Not connected to a room.</source>
        <translation>Δεν υπάρχει σύνδεση με δωμάτιο.</translation>
    </message>
</context>
<context>
    <name>ImageChat::RoomState</name>
    <message>
        <location filename="../core/roomstate.cpp" line="+21"/>
        <source>This marker no longer exists; it may have been deleted.</source>
        <translation>Αυτός ο δείκτης δεν υπάρχει πλέον. Ίσως έχει διαγραφεί.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This comment no longer exists; it may have been deleted.</source>
        <translation>Αυτό το σχόλιο δεν υπάρχει πλέον. Ίσως έχει διαγραφεί.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>A marker with this id already exists.</source>
        <translation>Υπάρχει ήδη δείκτης με αυτό το αναγνωριστικό.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+31"/>
        <source>This image already has the most markers a room can hold (%1).</source>
        <translation>Αυτή η εικόνα έχει ήδη τον μέγιστο αριθμό δεικτών που επιτρέπεται σε ένα δωμάτιο (%1).</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>This marker is there already; there is nothing to restore.</source>
        <translation>Αυτός ο δείκτης υπάρχει ήδη· δεν υπάρχει τίποτα για επαναφορά.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no deleted marker with this id to restore.</source>
        <translation>Δεν υπάρχει διαγραμμένος δείκτης με αυτό το αναγνωριστικό για επαναφορά.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the marker&apos;s creator or the room&apos;s owner can restore a marker.</source>
        <translation>Μόνο ο δημιουργός του δείκτη ή ο κάτοχος του δωματίου μπορεί να επαναφέρει έναν δείκτη.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A comment with this id already exists.</source>
        <translation>Υπάρχει ήδη σχόλιο με αυτό το αναγνωριστικό.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This conversation already has the most comments it can hold (%1).</source>
        <translation>Αυτή η συζήτηση έχει ήδη τον μέγιστο αριθμό σχολίων που επιτρέπεται (%1).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only its author can change or delete a comment.</source>
        <translation>Μόνο ο συντάκτης ενός σχολίου μπορεί να το αλλάξει ή να το διαγράψει.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first comment opens the conversation and cannot be deleted on its own; edit it, or delete the marker.</source>
        <translation>Το πρώτο σχόλιο ανοίγει τη συζήτηση και δεν μπορεί να διαγραφεί μόνο του. Επεξεργαστείτε το ή διαγράψτε τον δείκτη.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only the marker&apos;s creator or the room&apos;s owner can delete a marker.</source>
        <translation>Μόνο ο δημιουργός του δείκτη ή ο κάτοχος του δωματίου μπορεί να διαγράψει έναν δείκτη.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>The change leaves out its author&apos;s name, but the room knows no name for this author.</source>
        <translation>Η αλλαγή παραλείπει το όνομα του συντάκτη της, αλλά το δωμάτιο δεν γνωρίζει όνομα για αυτόν τον συντάκτη.</translation>
    </message>
</context>
<context>
    <name>ImageChat::RoomView</name>
    <message>
        <location filename="../ui/roomview.cpp" line="+58"/>
        <location line="+79"/>
        <source>The marker was not moved: %1</source>
        <translation>Ο δείκτης δεν μετακινήθηκε: %1</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>The room&apos;s image cannot be shown: %1</source>
        <translation>Η εικόνα του δωματίου δεν μπορεί να εμφανιστεί: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not open the room: %1</source>
        <translation>Δεν ήταν δυνατό το άνοιγμα του δωματίου: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A new marker was refused (%1). Its text was: %2</source>
        <translation>Ο νέος δείκτης απορρίφθηκε (%1). Το κείμενό του ήταν: %2</translation>
    </message>
</context>
<context>
    <name>ImageChat::ServerNode</name>
    <message>
        <location filename="../server/servernode.cpp" line="+39"/>
        <source>Cannot create the folder %1.</source>
        <translation>Δεν είναι δυνατή η δημιουργία του φακέλου %1.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The server is not running.</source>
        <translation>Ο διακομιστής δεν εκτελείται.</translation>
    </message>
</context>
<context>
    <name>ImageChat::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+29"/>
        <source>Settings</source>
        <translation>Ρυθμίσεις</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Empty: ImageChat hosts shared rooms itself</source>
        <translation>Κενό: το ImageChat φιλοξενεί μόνο του τα κοινόχρηστα δωμάτια</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only if the server&apos;s operator gave you one</source>
        <translation>Μόνο αν σας έδωσε ένα ο διαχειριστής του διακομιστή</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional: a PEM file</source>
        <translation>Προαιρετικό: ένα αρχείο PEM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Επιλογή…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate authority</source>
        <translation>Αρχή πιστοποίησης</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Πιστοποιητικά (*.pem *.crt);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System language</source>
        <translation>Γλώσσα συστήματος</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Given on the command line for this run; not saved.</source>
        <translation>Ορίστηκε στη γραμμή εντολών για αυτήν την εκτέλεση· δεν αποθηκεύεται.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your name:</source>
        <translation>Το όνομά σας:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server:</source>
        <translation>Διακομιστής:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant token:</source>
        <translation>Διακριτικό μισθωτή:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted authority:</source>
        <translation>Έμπιστη αρχή:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Γλώσσα:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new language is used from the next start of ImageChat.</source>
        <translation>Η νέα γλώσσα εφαρμόζεται από την επόμενη εκκίνηση του ImageChat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tell me about mentions and replies while ImageChat is not in front</source>
        <translation>Ειδοποίηση για αναφορές και απαντήσεις όταν το ImageChat είναι στο παρασκήνιο</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notifications:</source>
        <translation>Ειδοποιήσεις:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Others see your name next to your comments. The server is where shared images and conversations are kept, e.g. wss://chat.example.org:443.</source>
        <translation>Οι άλλοι βλέπουν το όνομά σας δίπλα στα σχόλιά σας. Στον διακομιστή φυλάσσονται οι κοινόχρηστες εικόνες και συζητήσεις, π.χ. wss://chat.example.org:443.</translation>
    </message>
</context>
<context>
    <name>ImageChat::ShareDialog</name>
    <message>
        <location filename="../ui/sharedialog.cpp" line="+17"/>
        <source>Share</source>
        <translation>Κοινή χρήση</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone with this link can see this image and its conversations, and add their own:</source>
        <translation>Όποιος έχει αυτόν τον σύνδεσμο μπορεί να δει αυτήν την εικόνα και τις συζητήσεις της και να προσθέσει δικές του:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy</source>
        <translation>Αντιγραφή</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied to the clipboard.</source>
        <translation>Αντιγράφηκε στο πρόχειρο.</translation>
    </message>
</context>
<context>
    <name>ImageChat::SqlStore</name>
    <message>
        <location filename="../server/sqlstore.cpp" line="+89"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Δεν είναι δυνατό το άνοιγμα της βάσης δεδομένων %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server could not store this change; nothing was changed.</source>
        <translation>Ο διακομιστής δεν μπόρεσε να αποθηκεύσει αυτήν την αλλαγή. Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This operation (same broadcastId) was already stored.</source>
        <translation>Αυτή η λειτουργία (ίδιο broadcastId) έχει ήδη αποθηκευτεί.</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>This change came after its connection was given up and was reported as not saved; it was not stored.</source>
        <translation>Αυτή η αλλαγή έφτασε αφού η σύνδεσή της είχε εγκαταλειφθεί και είχε αναφερθεί ως μη αποθηκευμένη· δεν αποθηκεύτηκε.</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>This tenant no longer exists.</source>
        <translation>Αυτός ο μισθωτής δεν υπάρχει πια.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This tenant has reached its quota of rooms (%1).</source>
        <translation>Αυτός ο μισθωτής έφτασε το όριο δωματίων του (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This tenant has reached its quota of %1 MB stored.</source>
        <translation>Αυτός ο μισθωτής έφτασε το όριο αποθήκευσης των %1 MB.</translation>
    </message>
</context>
<context>
    <name>ImageChat::StartScreen</name>
    <message>
        <location filename="../ui/startscreen.cpp" line="+20"/>
        <source>Talk about an image together</source>
        <translation>Συζητήστε μαζί για μια εικόνα</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open an image to put markers on it and discuss each one, or join a room someone shared with you. You can also drop an image here or paste one.</source>
        <translation>Ανοίξτε μια εικόνα για να τοποθετήσετε δείκτες και να συζητήσετε τον καθένα ή συμμετάσχετε σε ένα δωμάτιο που μοιράστηκε κάποιος μαζί σας. Μπορείτε επίσης να σύρετε μια εικόνα εδώ ή να επικολλήσετε μία.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Image…</source>
        <translation>Άνοιγμα εικόνας…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join Room…</source>
        <comment>room: a shared session on one image</comment>
        <translation>Συμμετοχή σε δωμάτιο…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste Image</source>
        <translation>Επικόλληση εικόνας</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent</source>
        <translation>Πρόσφατα</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Room %1</source>
        <comment>room: a shared session on one image</comment>
        <translation>Δωμάτιο %1</translation>
    </message>
</context>
<context>
    <name>ImageChat::SyncService</name>
    <message>
        <location filename="../core/syncservice.cpp" line="+40"/>
        <source>The server did not answer in time.</source>
        <translation>Ο διακομιστής δεν απάντησε εγκαίρως.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server stopped answering the heartbeat.</source>
        <translation>Ο διακομιστής σταμάτησε να απαντά στον έλεγχο σύνδεσης.</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>The server closed the connection.</source>
        <translation>Ο διακομιστής έκλεισε τη σύνδεση.</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>The connection was lost before the server stored this change. It was not saved; try again.</source>
        <translation>Η σύνδεση χάθηκε πριν ο διακομιστής αποθηκεύσει αυτήν την αλλαγή. Δεν αποθηκεύτηκε. Δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Not connected to the server, so this change was not sent. It will not be sent later; try again when the connection is back.</source>
        <translation>Δεν υπάρχει σύνδεση με τον διακομιστή, οπότε αυτή η αλλαγή δεν στάλθηκε. Δεν θα σταλεί αργότερα. Δοκιμάστε ξανά μόλις αποκατασταθεί η σύνδεση.</translation>
    </message>
</context>
<context>
    <name>ImageChat::ThreadPanel</name>
    <message>
        <location filename="../ui/threadpanel.cpp" line="+59"/>
        <source>Select a marker on the image or in the list to see its conversation.</source>
        <comment>marker: a numbered pin on the image with its conversation</comment>
        <translation>Επιλέξτε έναν δείκτη στην εικόνα ή στη λίστα για να δείτε τη συζήτησή του.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delete marker…</source>
        <comment>marker: a numbered pin with its conversation</comment>
        <translation>Διαγραφή δείκτη…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete</source>
        <comment>confirm deleting a marker</comment>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep</source>
        <comment>do not delete the marker</comment>
        <translation>Διατήρηση</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+49"/>
        <source>Retry</source>
        <translation>Επανάληψη</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+49"/>
        <source>Dismiss</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Write a reply…</source>
        <translation>Γράψτε μια απάντηση…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Send</source>
        <comment>send a reply</comment>
        <translation>Αποστολή</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Delete marker %1 and its whole conversation for everyone? This can&apos;t be undone.</source>
        <comment>marker: a numbered pin with its conversation; %1 is its number</comment>
        <translation>Διαγραφή του δείκτη %1 και όλης της συζήτησής του για όλους; Αυτό δεν αναιρείται.</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Marker</source>
        <comment>marker: a numbered pin with its conversation</comment>
        <translation>Δείκτης</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This marker no longer exists.</source>
        <translation>Αυτός ο δείκτης δεν υπάρχει πλέον.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>This comment was deleted.</source>
        <translation>Αυτό το σχόλιο διαγράφηκε.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Marker %1</source>
        <comment>marker: a numbered pin with its conversation</comment>
        <translation>Δείκτης %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <comment>state: the conversation&apos;s point was dealt with</comment>
        <translation>Επιλυμένη</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <comment>state: the conversation is not resolved yet</comment>
        <translation>Ανοιχτή</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <comment>make a resolved conversation open again</comment>
        <translation>Επανάνοιγμα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve</source>
        <comment>mark the conversation as dealt with</comment>
        <translation>Επίλυση</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not connected to a room yet.</source>
        <translation>Δεν υπάρχει ακόμη σύνδεση με δωμάτιο.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not sent. Your text stays here so you can copy it.</source>
        <translation>Δεν στάλθηκε. Το κείμενό σας παραμένει εδώ για να μπορείτε να το αντιγράψετε.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected: replies can&apos;t be sent right now.</source>
        <translation>Χωρίς σύνδεση: δεν είναι δυνατή η αποστολή απαντήσεων αυτή τη στιγμή.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending…</source>
        <comment>an own change the server has not confirmed yet</comment>
        <translation>Αποστολή…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Enter sends</source>
        <translation>Ctrl+Enter για αποστολή</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 is typing…</source>
        <translation>Ο/Η %1 πληκτρολογεί…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 are typing…</source>
        <translation>Οι %1 και %2 πληκτρολογούν…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n people are typing…</source>
        <translation>
            <numerusform>%n άτομο πληκτρολογεί…</numerusform>
            <numerusform>%n άτομα πληκτρολογούν…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Your reply was not sent: %1</source>
        <translation>Η απάντησή σας δεν στάλθηκε: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your edit was not saved: %1</source>
        <translation>Η επεξεργασία σας δεν αποθηκεύτηκε: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment was not deleted: %1</source>
        <translation>Το σχόλιο δεν διαγράφηκε: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The conversation was not resolved: %1</source>
        <translation>Η συζήτηση δεν σημειώθηκε ως επιλυμένη: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conversation was not reopened: %1</source>
        <translation>Η συζήτηση δεν άνοιξε ξανά: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The marker was not deleted: %1</source>
        <comment>marker: a numbered pin with its conversation</comment>
        <translation>Ο δείκτης δεν διαγράφηκε: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>It said: “%1”</source>
        <translation>Έγραφε: «%1»</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Deleting this marker…</source>
        <comment>marker: a numbered pin with its conversation</comment>
        <translation>Διαγραφή αυτού του δείκτη…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This marker was deleted.</source>
        <comment>marker: a numbered pin with its conversation</comment>
        <translation>Αυτός ο δείκτης διαγράφηκε.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>you, in another window</source>
        <translation>εσάς, σε άλλο παράθυρο</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This marker was deleted by someone else.</source>
        <comment>marker: a numbered pin with its conversation</comment>
        <translation>Αυτός ο δείκτης διαγράφηκε από κάποιον άλλο.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This marker was deleted by %1.</source>
        <comment>marker: a numbered pin with its conversation; %1 is a person</comment>
        <translation>Αυτός ο δείκτης διαγράφηκε από %1.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>This edit was not saved; its comment was deleted meanwhile: “%1”</source>
        <translation>Αυτή η επεξεργασία δεν αποθηκεύτηκε, επειδή το σχόλιό της διαγράφηκε στο μεταξύ: «%1»</translation>
    </message>
</context>
<context>
    <name>ImageChat::TlsTrust</name>
    <message>
        <location filename="../core/tlstrust.cpp" line="+57"/>
        <source>Refused the connection to %1: its certificate is not signed by an authority this computer trusts.</source>
        <translation>Η σύνδεση με το %1 απορρίφθηκε: το πιστοποιητικό του δεν έχει υπογραφεί από αρχή που εμπιστεύεται αυτός ο υπολογιστής.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused the connection to %1: its certificate has expired.</source>
        <translation>Η σύνδεση με το %1 απορρίφθηκε: το πιστοποιητικό του έχει λήξει.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused the connection to %1: its certificate is for another server name.</source>
        <translation>Η σύνδεση με το %1 απορρίφθηκε: το πιστοποιητικό του αφορά άλλο όνομα διακομιστή.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused the connection to %1: %2</source>
        <translation>Η σύνδεση με το %1 απορρίφθηκε: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refused the connection to %1: its certificate is not the one the room link names.</source>
        <translation>Η σύνδεση με το %1 απορρίφθηκε: το πιστοποιητικό του δεν είναι αυτό που ορίζει ο σύνδεσμος δωματίου.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cannot read %1: %2</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds no certificate (PEM expected).</source>
        <translation>Το %1 δεν περιέχει πιστοποιητικό (αναμένεται PEM).</translation>
    </message>
</context>
<context>
    <name>ImageChat::UndoActions</name>
    <message>
        <location filename="../ui/undoactions.cpp" line="+52"/>
        <source>&amp;Undo</source>
        <translation>&amp;Αναίρεση</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Αναίρεση: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Επανάληψη</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Επανάληψη: %1</translation>
    </message>
</context>
<context>
    <name>ImageChat::UndoHistory</name>
    <message>
        <location filename="../core/undohistory.cpp" line="+52"/>
        <source>Add Marker %1</source>
        <translation>Προσθήκη δείκτη %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Comment to Marker %1</source>
        <translation>Προσθήκη σχολίου στον δείκτη %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Comment on Marker %1</source>
        <translation>Επεξεργασία σχολίου στον δείκτη %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete Comment on Marker %1</source>
        <translation>Διαγραφή σχολίου στον δείκτη %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move Marker %1</source>
        <translation>Μετακίνηση δείκτη %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolve Marker %1</source>
        <translation>Επίλυση δείκτη %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen Marker %1</source>
        <translation>Επανάνοιγμα δείκτη %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete Marker %1</source>
        <translation>Διαγραφή δείκτη %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore Marker %1</source>
        <translation>Επαναφορά δείκτη %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot undo &quot;%1&quot;: someone has deleted it since.</source>
        <translation>Δεν είναι δυνατή η αναίρεση του «%1»: κάποιος το διέγραψε στο μεταξύ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot redo &quot;%1&quot;: someone has deleted it since.</source>
        <translation>Δεν είναι δυνατή η επανάληψη του «%1»: κάποιος το διέγραψε στο μεταξύ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot undo &quot;%1&quot;: someone else has changed it since, and their change is kept.</source>
        <translation>Δεν είναι δυνατή η αναίρεση του «%1»: κάποιος άλλος το άλλαξε στο μεταξύ, και η αλλαγή του διατηρείται.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot redo &quot;%1&quot;: someone else has changed it since, and their change is kept.</source>
        <translation>Δεν είναι δυνατή η επανάληψη του «%1»: κάποιος άλλος το άλλαξε στο μεταξύ, και η αλλαγή του διατηρείται.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot undo &quot;%1&quot;: the marker is back already.</source>
        <translation>Δεν είναι δυνατή η αναίρεση του «%1»: ο δείκτης έχει ήδη επανέλθει.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot redo &quot;%1&quot;: the marker is back already.</source>
        <translation>Δεν είναι δυνατή η επανάληψη του «%1»: ο δείκτης έχει ήδη επανέλθει.</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>There is nothing to undo.</source>
        <translation>Δεν υπάρχει τίποτα για αναίρεση.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to redo.</source>
        <translation>Δεν υπάρχει τίποτα για επανάληψη.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+52"/>
        <source>Cannot undo &quot;%1&quot;: %2</source>
        <translation>Δεν είναι δυνατή η αναίρεση του «%1»: %2</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+58"/>
        <source>Cannot redo &quot;%1&quot;: %2</source>
        <translation>Δεν είναι δυνατή η επανάληψη του «%1»: %2</translation>
    </message>
</context>
<context>
    <name>ImageChat::WindowActions</name>
    <message>
        <location filename="../ui/windowactions.cpp" line="+23"/>
        <source>&amp;Edit</source>
        <translation>&amp;Επεξεργασία</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tools</source>
        <translation>&amp;Εργαλεία</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ImageChat</source>
        <translation>&amp;Σχετικά με το ImageChat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Image…</source>
        <translation>&amp;Άνοιγμα εικόνας…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Join Room…</source>
        <comment>room: a shared session on one image</comment>
        <translation>&amp;Συμμετοχή σε δωμάτιο…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste Image</source>
        <translation>&amp;Επικόλληση εικόνας</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Share…</source>
        <translation>&amp;Κοινή χρήση…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Εξαγωγή…</translation>
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
        <translation>&amp;Νέο παράθυρο για το δωμάτιο</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Ρυθμίσεις…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close Window</source>
        <translation>Κ&amp;λείσιμο παραθύρου</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tools</source>
        <translation>Εργαλεία</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select</source>
        <translation>Επιλογή</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select and move markers, pan the image (V)</source>
        <translation>Επιλογή και μετακίνηση δεικτών, μετατόπιση της εικόνας (V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Marker</source>
        <comment>marker: a pin on the image that holds a conversation</comment>
        <translation>Προσθήκη δείκτη</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click on the image to place a marker and start a conversation (M)</source>
        <translation>Κάντε κλικ στην εικόνα για να τοποθετήσετε έναν δείκτη και να ξεκινήσετε μια συζήτηση (M)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;View</source>
        <translation>&amp;Προβολή</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Μεγέθυνση</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Σμίκρυνση</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit to Window</source>
        <translation>Π&amp;ροσαρμογή στο παράθυρο</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual Size</source>
        <translation>Πραγματικό μέ&amp;γεθος</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next Unread</source>
        <translation>&amp;Επόμενη μη αναγνωσμένη</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the next conversation with unread comments (N)</source>
        <translation>Άνοιγμα της επόμενης συζήτησης με μη αναγνωσμένα σχόλια (N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection</source>
        <translation>Σύνδεση</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Connection</source>
        <comment>the panel with the figures of the connection</comment>
        <translation>&amp;Σύνδεση</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>About ImageChat</source>
        <translation>Σχετικά με το ImageChat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;ImageChat %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Talk about images together: markers on an image, a conversation at each, in sync for everyone who has it open.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ImageChat %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Συζητήστε μαζί για εικόνες: δείκτες σε μια εικόνα, μια συζήτηση στον καθένα, συγχρονισμένα για όλους όσοι την έχουν ανοιχτή.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ImageChat::WindowDialogs</name>
    <message>
        <location filename="../ui/windowdialogs.cpp" line="+20"/>
        <source>Open Image</source>
        <translation>Άνοιγμα εικόνας</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff);;All files (*)</source>
        <translation>Εικόνες (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The room is kept on %1.</source>
        <translation>Το δωμάτιο βρίσκεται στο %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot share on the local network: %1</source>
        <translation>Δεν είναι δυνατή η κοινή χρήση στο τοπικό δίκτυο: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer hosts the room: others can join while ImageChat runs here.</source>
        <translation>Αυτός ο υπολογιστής φιλοξενεί το δωμάτιο: άλλοι μπορούν να συμμετάσχουν όσο εκτελείται εδώ το ImageChat.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Discard Unsent Text?</source>
        <translation>Απόρριψη κειμένου που δεν στάλθηκε;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You typed a comment that was not sent. Close the window anyway?</source>
        <translation>Γράψατε ένα σχόλιο που δεν στάλθηκε. Να κλείσει το παράθυρο ούτως ή άλλως;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+28"/>
        <source>Talk about images together: markers on an image, a conversation at each.</source>
        <translation>Συζητήστε μαζί για εικόνες: δείκτες σε μια εικόνα, μια συζήτηση στον καθένα.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your display name.</source>
        <translation>Το εμφανιζόμενο όνομά σας.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server for new rooms (ws://HOST:PORT); default: host them here.</source>
        <translation>Διακομιστής για νέα δωμάτια (ws://HOST:PORT). Προεπιλογή: φιλοξενία εδώ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder for the rooms this program hosts.</source>
        <translation>Φάκελος για τα δωμάτια που φιλοξενεί αυτό το πρόγραμμα.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Port for hosted rooms.</source>
        <translation>Θύρα για τα δωμάτια που φιλοξενούνται.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the interface (bg, el, de, tr, pt_BR, en); default: the setting, else the system language.</source>
        <translation>Γλώσσα του περιβάλλοντος (bg, el, de, tr, pt_BR, en)· προεπιλογή: η ρύθμιση, αλλιώς η γλώσσα του συστήματος.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An image file or an imagechat:// room link.</source>
        <translation>Ένα αρχείο εικόνας ή ένας σύνδεσμος δωματίου imagechat://.</translation>
    </message>
</context>
</TS>
