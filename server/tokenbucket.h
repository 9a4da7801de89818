#pragma once

#include <QtGlobal>

#include <algorithm>

namespace ImageChat {

// A rate with room for bursts: `burst` tokens at most, `perSecond` more each
// second; each request takes one. Time is passed in (milliseconds on a
// monotonic clock), so the arithmetic can be tested without waiting.
class TokenBucket
{
public:
    TokenBucket() = default;
    TokenBucket(int perSecond, int burst, qint64 nowMs)
        : m_perSecond(perSecond)
        , m_burst(std::max(burst, 1))
        , m_tokens(m_burst)
        , m_lastMs(nowMs)
    { }

    // Off when made with no rate: every request passes.
    bool isLimited() const { return m_perSecond > 0; }

    bool take(qint64 nowMs)
    {
        if (!isLimited())
            return true;
        refill(nowMs);
        if (m_tokens < 1.0)
            return false;
        m_tokens -= 1.0;
        return true;
    }

    // How long until the next request would pass.
    qint64 msUntilNext(qint64 nowMs)
    {
        if (!isLimited())
            return 0;
        refill(nowMs);
        return m_tokens >= 1.0 ? 0 : qint64((1.0 - m_tokens) * 1000.0 / m_perSecond) + 1;
    }

private:
    void refill(qint64 nowMs)
    {
        const qint64 elapsed = std::max<qint64>(0, nowMs - m_lastMs);
        m_lastMs = nowMs;
        m_tokens = std::min<double>(m_burst, m_tokens + elapsed * m_perSecond / 1000.0);
    }

    int m_perSecond = 0;
    int m_burst = 1;
    double m_tokens = 0;
    qint64 m_lastMs = 0;
};

} // namespace ImageChat
