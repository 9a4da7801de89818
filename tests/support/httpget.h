#pragma once

#include <QByteArray>

#include <utility>

namespace ImageChat::Test {

// One HTTP/1.1 GET on loopback, as a metrics scraper sends it: the status
// (-1 if there was no answer) and the body.
std::pair<int, QByteArray> httpGet(quint16 port, const QByteArray &path);

} // namespace ImageChat::Test
