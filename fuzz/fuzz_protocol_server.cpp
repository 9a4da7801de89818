// The server's side of a text frame: Protocol::decode, then what
// ChatServer::onTextMessage does with the object (hello or a change).
#include "fuzzcommon.h"
#include "operation.h"
#include "protocol.h"

#include <cstdio>

using namespace ImageChat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::quiet();
    OpError error;
    const std::optional<QJsonObject> message = Protocol::decode(Fuzz::text(data, size), &error);
    if (!message) {
        FUZZ_CHECK(error.isError());
        return 0;
    }
    const QString type = message->value(QStringLiteral("type")).toString();
    if (type == Protocol::Type::Hello) {
        if (const std::optional<Protocol::Hello> hello =
                Protocol::Hello::fromJson(*message, &error))
            // What the server would echo back must read the same again.
            FUZZ_CHECK(Protocol::Hello::fromJson(hello->toJson(), &error).has_value());
        return 0;
    }
    if (Operation::kindFromName(type)) {
        if (const std::optional<Operation> op = Operation::fromRequest(*message, &error)) {
            if (!op->validate().isError()) {
                // A change the server takes is broadcast; every client must
                // read it back as the same change.
                const std::optional<Operation> again =
                    Operation::fromRequest(op->toRequest(), &error);
                FUZZ_CHECK(again.has_value());
                FUZZ_CHECK(*again == *op);
            }
        }
    }
    return 0;
}
