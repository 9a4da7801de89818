#pragma once

#include "operation.h"
#include "protocol.h"
#include "roomexport.h"
#include "roomlink.h"
#include "roommodel.h"
#include "syncservice.h"

#include <QObject>
#include <QSslCertificate>
#include <QTextStream>
#include <QTimer>

#include <memory>

namespace ImageChat {

class ServerNode;

// Exit codes of imagechat-cli, documented in its --help.
namespace Exit {
constexpr int Ok = 0;
constexpr int Refused = 1; // the server said no, or the input was invalid
constexpr int Usage = 2; // bad arguments or a malformed link
constexpr int Unreachable = 3; // no connection to the server
} // namespace Exit

// Runs one imagechat-cli command on the event loop and reports its exit code
// through finished(). Output is JSON, one object per line.
class CliRunner : public QObject
{
    Q_OBJECT

public:
    CliRunner(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~CliRunner() override;

    void setDisplayName(const QString &name) { m_name = name; }
    // Reads the identity file, if any; false (after reporting) if it is unreadable.
    bool loadIdentity(const QString &path);
    void setTimeout(int ms) { m_timeout.setInterval(ms); }
    // Authorities trusted beyond the system's, for wss servers (--ca-file).
    void setTrustedAuthorities(const QList<QSslCertificate> &authorities)
    {
        m_authorities = authorities;
    }

    // Creates the room in the tenant of `tenantToken` (empty: the server's
    // default tenant).
    void share(const QString &imagePath, const ServerAddress &server,
               const QString &tenantToken = {});
    void apply(const RoomLink &link, const Operation &op);
    void watch(const RoomLink &link);
    // The room in `format`, to `outputPath` or, when empty, to stdout.
    void exportRoom(const RoomLink &link, ExportFormat format, const QString &outputPath);
    void fetchImage(const RoomLink &link, const QString &outputPath);
    // Embedded server + share + watch: one person needs nothing else.
    void host(const QHostAddress &address, quint16 port, const QString &dataDir,
              const QString &imagePath);

signals:
    void finished(int exitCode);

private:
    void saveIdentity(const Protocol::Identity &identity);
    // Opens a sync connection; `onLive` runs once it is live, and connection
    // trouble ends the command unless `keepRetrying`.
    void openRoom(const RoomLink &link, bool keepRetrying, std::function<void()> onLive);
    void printJson(const QJsonObject &json);
    // A broadcast with what the wire leaves out put back, for the watch output.
    QJsonObject wholeEvent(const QJsonObject &broadcast) const;
    void fail(int code, const QString &message);
    void done(int code);
    void writeExport(const RoomExport &room, ExportFormat format, const QString &outputPath);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_name;
    QString m_identityPath;
    Protocol::Identity m_identity;
    QList<QSslCertificate> m_authorities;
    QTimer m_timeout;
    bool m_finished = false;
    std::unique_ptr<RoomModel> m_model;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<ServerNode> m_node;
};

} // namespace ImageChat
