#pragma once

#include <QStringList>

namespace ImageChat {

// `imagechat-server tenant …` and `imagechat-server usage …`: what an
// operator does to the store without starting a server. They work on the
// same store a node is started with (--data or --store) while nodes run.
bool isOperatorCommand(const QStringList &arguments);
// Returns the exit status: 0 done, 1 the store failed, 2 a usage error.
int runOperatorCommand(const QStringList &arguments);

} // namespace ImageChat
