#pragma once

#include <QObject>

namespace ImageChat {

// Whether the machine has a network at all. Used only to explain the state
// to the user (S13): reconnecting never waits for it, because the system's
// view of the network is often wrong.
class Reachability : public QObject
{
    Q_OBJECT

public:
    enum class Status { Unknown, Online, Offline };
    Q_ENUM(Status)

    using QObject::QObject;
    virtual Status status() const = 0;
    // Unknown counts as online: no information is no reason to alarm anyone.
    bool isOnline() const { return status() != Status::Offline; }

signals:
    void statusChanged(ImageChat::Reachability::Status status);
};

// The system's answer through QNetworkInformation. Tries the backends that
// exist on Linux (NetworkManager, then GLib); with none, stays Unknown.
class SystemReachability : public Reachability
{
    Q_OBJECT

public:
    explicit SystemReachability(QObject *parent = nullptr);
    Status status() const override { return m_status; }
    QString backendName() const { return m_backend; }

private:
    void update();

    Status m_status = Status::Unknown;
    QString m_backend;
};

// Set by hand: tests, and a "work offline" switch.
class ManualReachability : public Reachability
{
    Q_OBJECT

public:
    using Reachability::Reachability;
    Status status() const override { return m_status; }
    void setStatus(Status status)
    {
        if (status == m_status)
            return;
        m_status = status;
        emit statusChanged(status);
    }

private:
    Status m_status = Status::Unknown;
};

} // namespace ImageChat
