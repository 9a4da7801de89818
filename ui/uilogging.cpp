#include "uilogging.h"

Q_LOGGING_CATEGORY(lcUi, "imagechat.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCanvas, "imagechat.ui.canvas", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "imagechat.ui.keychain", QtInfoMsg)
