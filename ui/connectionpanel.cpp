#include "connectionpanel.h"

#include "roommodel.h"
#include "syncservice.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace ImageChat {

namespace {

QString bytesText(qint64 bytes)
{
    const QLocale locale;
    if (bytes < 1024)
        return locale.toString(bytes);
    // The exact figure first (it is what a report compares), then a readable one.
    return QStringLiteral("%1 (%2)").arg(locale.toString(bytes),
                                         locale.formattedDataSize(bytes, 1));
}

// A fingerprint as people compare them: pairs of hex digits.
QString fingerprintText(const QString &hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs.append(hex.mid(i, 2).toUpper());
    return pairs.join(QLatin1Char(':'));
}

} // namespace

ConnectionPanel::ConnectionPanel(const SyncService *sync, const RoomModel *model, QWidget *parent)
    : QWidget(parent)
    , m_sync(sync)
    , m_model(model)
{
    setObjectName(QStringLiteral("connectionPanel"));
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addLayout(m_form);
    m_server = addRow(tr("Server:"), QStringLiteral("server"));
    m_security = addRow(tr("Security:"), QStringLiteral("security"));
    m_fingerprint = addRow(tr("Pinned certificate:"), QStringLiteral("fingerprint"));
    m_state = addRow(tr("State:"), QStringLiteral("state"));
    m_roundTrip = addRow(tr("Round trip:", "time from the heartbeat's ping to its pong"),
                         QStringLiteral("roundTrip"));
    m_epoch = addRow(tr("Room epoch:", "epoch: which history of the room this is"),
                     QStringLiteral("epoch"));
    m_seq = addRow(tr("Last event:", "the sequence number of the last event received"),
                   QStringLiteral("seq"));
    m_messagesReceived = addRow(tr("Messages received:"), QStringLiteral("messagesReceived"));
    m_bytesReceived = addRow(tr("Bytes received:"), QStringLiteral("bytesReceived"));
    m_messagesSent = addRow(tr("Messages sent:"), QStringLiteral("messagesSent"));
    m_bytesSent = addRow(tr("Bytes sent:"), QStringLiteral("bytesSent"));
    m_reconnects = addRow(tr("Reconnects:"), QStringLiteral("reconnects"));
    m_lastError = addRow(tr("Last error:"), QStringLiteral("lastError"));
    m_fingerprint->setWordWrap(true);
    m_lastError->setWordWrap(true);

    auto *copy = new QPushButton(tr("Copy"), this);
    copy->setObjectName(QStringLiteral("copyConnectionReport"));
    copy->setToolTip(tr("Copy these figures, e.g. for a problem report"));
    layout->addWidget(copy, 0, Qt::AlignRight);
    layout->addStretch(1);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(report()); });

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(100);
    connect(&m_refresh, &QTimer::timeout, this, &ConnectionPanel::refresh);
    auto later = [this] {
        if (!m_refresh.isActive())
            m_refresh.start();
    };
    connect(sync->stats(), &ConnectionStats::changed, this, later);
    connect(sync, &SyncService::stateChanged, this, later);
    connect(model, &RoomModel::modelReset, this, later);
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &ConnectionPanel::refresh);
    refresh();
}

QLabel *ConnectionPanel::addRow(const QString &label, const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(label, value);
    return value;
}

void ConnectionPanel::refresh()
{
    const QLocale locale;
    const ServerAddress &server = m_sync->link().server;
    m_server->setText(QStringLiteral("%1:%2").arg(server.host).arg(server.port));
    m_security->setText(server.tls ? tr("Encrypted (TLS, wss://)") : tr("Not encrypted (ws://)"));
    m_fingerprint->setText(server.fingerprint.isEmpty() ? tr("None")
                                                        : fingerprintText(server.fingerprint));
    m_form->setRowVisible(m_fingerprint, server.tls);

    QString state;
    switch (m_sync->state()) {
    case SyncService::State::Disconnected:
        state = tr("Disconnected");
        break;
    case SyncService::State::Connecting:
        state = tr("Connecting");
        break;
    case SyncService::State::Resyncing:
        state = tr("Catching up", "connected again, receiving what was missed");
        break;
    case SyncService::State::Live:
        state = tr("Live", "connected and in sync");
        break;
    case SyncService::State::WaitingToRetry:
        state = tr("Waiting to reconnect (%n s)", nullptr,
                   int(std::ceil(double(std::max<qint64>(0, m_sync->msUntilRetry())) / 1000.0)));
        break;
    case SyncService::State::Failed:
        state = tr("Refused: %1").arg(m_sync->lastError().message);
        break;
    }
    m_state->setText(state);
    if (m_sync->state() == SyncService::State::WaitingToRetry)
        m_ticker.start();
    else
        m_ticker.stop();

    const ConnectionStats *stats = m_sync->stats();
    const qint64 rtt = stats->roundTripUs();
    // Loopback and LAN round trips are well under a millisecond.
    m_roundTrip->setText(
        rtt < 0 ? tr("Not measured yet")
                : tr("%1 ms").arg(locale.toString(rtt / 1000.0, 'f', rtt < 10000 ? 2 : 0)));
    m_epoch->setText(m_model->epoch().isEmpty() ? tr("None yet") : m_model->epoch());
    m_seq->setText(locale.toString(m_model->seq()));
    m_messagesReceived->setText(locale.toString(stats->messagesReceived()));
    m_bytesReceived->setText(bytesText(stats->bytesReceived()));
    m_messagesSent->setText(locale.toString(stats->messagesSent()));
    m_bytesSent->setText(bytesText(stats->bytesSent()));
    m_reconnects->setText(locale.toString(stats->reconnects()));
    m_lastError->setText(stats->lastError().isEmpty()
                             ? tr("None")
                             : tr("%1 (at %2)")
                                   .arg(stats->lastError(),
                                        stats->lastErrorAt().toString(QStringLiteral("HH:mm:ss"))));
}

QString ConnectionPanel::report() const
{
    QStringList lines;
    for (int row = 0; row < m_form->rowCount(); ++row) {
        const auto *label =
            qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget());
        const auto *value =
            qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::FieldRole)->widget());
        if (label && value && m_form->isRowVisible(row))
            lines.append(label->text() + QLatin1Char(' ') + value->text());
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace ImageChat
