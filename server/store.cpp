#include "store.h"

#include <QCoreApplication>

namespace ImageChat {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImageChat::Store)
};

} // namespace

OpError storeUnreachable()
{
    return { ErrorCode::StorageFailed,
             Text::tr("The server cannot reach its database right now; try again shortly.") };
}

} // namespace ImageChat
