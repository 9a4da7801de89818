// Room links and server addresses: whatever is pasted, typed on a command
// line or handed over by a browser for imagechat://.
#include "fuzzcommon.h"
#include "roomlink.h"

#include <cstdio>

using namespace ImageChat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::quiet();
    const QString input = Fuzz::text(data, size);
    QString error;
    if (const std::optional<RoomLink> link = RoomLink::parse(input, &error)) {
        // A link we accept is one we can hand on: it reads back the same.
        const std::optional<RoomLink> again = RoomLink::parse(link->toString(), &error);
        FUZZ_CHECK(again.has_value());
        FUZZ_CHECK(*again == *link);
        FUZZ_CHECK(link->server.webSocketUrl().isValid());
    } else {
        FUZZ_CHECK(!error.isEmpty());
    }
    error.clear();
    if (const std::optional<ServerAddress> address = ServerAddress::parse(input, &error))
        FUZZ_CHECK(address->webSocketUrl().isValid());
    else
        FUZZ_CHECK(!error.isEmpty());
    isToken(input, 8, 64);
    return 0;
}
