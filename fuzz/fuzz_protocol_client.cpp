// The client's side of a text frame: Protocol::decode, then a welcome (and
// its snapshot and events) or a broadcast, as SyncService and ImageTransfer
// read them.
#include "fuzzcommon.h"
#include "operation.h"
#include "protocol.h"
#include "roomstate.h"

#include <QJsonArray>

#include <cstdio>

using namespace ImageChat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::quiet();
    OpError error;
    const std::optional<QJsonObject> message = Protocol::decode(Fuzz::text(data, size), &error);
    if (!message)
        return 0;
    const QString type = message->value(QStringLiteral("type")).toString();
    if (type == Protocol::Type::Welcome) {
        const std::optional<Protocol::Welcome> welcome =
            Protocol::Welcome::fromJson(*message, &error);
        if (!welcome)
            return 0;
        std::optional<RoomState> state;
        if (welcome->hasSnapshot)
            state = RoomState::fromJson(welcome->snapshot);
        if (!state)
            state.emplace();
        state->owner = welcome->owner;
        for (const QJsonValue &value : welcome->events) {
            std::optional<Event> event = Event::fromJson(value.toObject(), &error);
            if (!event)
                continue;
            if (!event->nameKnown || !state->fillName(&*event).isError())
                state->apply(*event);
        }
        // A state the client holds is written to its cache and read back.
        FUZZ_CHECK(RoomState::fromJson(state->toJson()).has_value());
        return 0;
    }
    if (Protocol::isBroadcastType(type)) {
        if (const std::optional<Event> event = Event::fromJson(*message, &error)) {
            const std::optional<Event> again = Event::fromJson(event->toJson(), &error);
            FUZZ_CHECK(again.has_value());
        }
    }
    return 0;
}
