// Changes as the server validates and applies them: each line of the input
// is one request from one of two users (the first byte of the line picks
// which), turned into an Operation, checked, and applied to one room's
// RoomState in order. Small limits, so that they are reached.
#include "fuzzcommon.h"
#include "operation.h"
#include "protocol.h"
#include "roomstate.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace ImageChat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::quiet();
    RoomState state;
    state.owner = QStringLiteral("owner-user-id");
    state.limits.maxMarkers = 4;
    state.limits.maxCommentsPerMarker = 4;
    const QList<QByteArray> lines = Fuzz::bytes(data, size).split('\n');
    qint64 seq = 0;
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        const bool byOwner = quint8(line[0]) & 1;
        OpError error;
        const std::optional<QJsonObject> message =
            Protocol::decode(QString::fromUtf8(line.mid(1)), &error);
        if (!message)
            continue;
        std::optional<Operation> op = Operation::fromRequest(*message, &error);
        if (!op || op->validate().isError())
            continue;
        Event event;
        event.op = *op;
        event.seq = seq + 1;
        event.at = 1000 + seq;
        event.author = byOwner ? state.owner : QStringLiteral("other-user-id");
        if (op->makesComment())
            event.authorName = byOwner ? QStringLiteral("Owner") : QStringLiteral("Other");
        // A copy of the conversations costs nothing until the state changes
        // (Qt's containers share until written); a JSON snapshot of the whole
        // room before every change made this target quadratic.
        const QHash<QString, Conversation> before = state.conversations();
        const bool allowed = !state.check(event).isError();
        const OpError applied = state.apply(event);
        FUZZ_CHECK(allowed == !(applied.isError()));
        if (applied.isError()) {
            FUZZ_CHECK(state.conversations() == before); // on error nothing changes
            continue;
        }
        ++seq;
        // What was applied is broadcast and applied by every client alike.
        const std::optional<Event> heard = Event::fromJson(event.toJson(), &error);
        FUZZ_CHECK(heard.has_value());
        FUZZ_CHECK(heard->op == event.op);
        FUZZ_CHECK(state.size() <= state.limits.maxMarkers);
    }
    // A snapshot of the state reads back as the same state.
    const std::optional<RoomState> reread = RoomState::fromJson(state.toJson());
    FUZZ_CHECK(reread.has_value());
    FUZZ_CHECK(reread->toJson() == state.toJson());
    return 0;
}
