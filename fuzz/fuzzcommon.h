#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <cstdlib>

// Shared by the fuzz targets: what libFuzzer hands over, as Qt types, and a
// check that aborts (so libFuzzer records the input) when a property fails.
namespace ImageChat::Fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A text frame reaches the code as QWebSocket decodes it: UTF-8 to QString.
inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Qt's own messages (a parse warning, say) would flood the output.
inline void quiet()
{
    static const bool done = [] {
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &) {
            if (type == QtFatalMsg)
                std::abort();
        });
        return true;
    }();
    Q_UNUSED(done);
}

#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            fprintf(stderr, "check failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);         \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

} // namespace ImageChat::Fuzz
