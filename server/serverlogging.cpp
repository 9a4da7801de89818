#include "serverlogging.h"

Q_LOGGING_CATEGORY(lcServer, "imagechat.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "imagechat.server.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBus, "imagechat.server.bus", QtInfoMsg)
