#pragma once

// Helpers shared by the keychain tests (tst_keychain, tst_nokeychain).

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>

namespace ImageChat::Test {

// Generous: the first job wakes the keyring daemon up, and CI machines are slow.
constexpr int keychainTimeoutMs = 15000;

// The ways a secret could sit in a file readable by anyone who gets the disk:
// as is, or base64-encoded (QtKeychain's plain-text fallback stores binary
// data that way) at any of the three byte alignments inside a larger blob.
inline QList<QByteArray> plainTextForms(const QByteArray &secret)
{
    QList<QByteArray> forms { secret };
    for (int shift = 0; shift < 3; ++shift) {
        // Encode behind `shift` filler bytes, then keep only the characters
        // that depend on the secret alone.
        const QByteArray encoded =
            (QByteArray(shift, 'x') + secret).toBase64(QByteArray::OmitTrailingEquals);
        const int skip = shift == 0 ? 0 : (shift == 1 ? 2 : 3);
        const int keep = int((shift + secret.size()) / 3 * 4) - skip;
        if (keep >= 8)
            forms.append(encoded.mid(skip, keep));
    }
    return forms;
}

// Files under `dir` (hidden ones too) that hold any of `secrets` in plain text.
inline QStringList filesHoldingSecrets(const QString &dir, const QList<QByteArray> &secrets)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!it.fileInfo().isFile() || !file.open(QIODevice::ReadOnly))
            continue; // sockets and the like hold no data
        const QByteArray content = file.readAll();
        for (const QByteArray &secret : secrets) {
            const QList<QByteArray> forms = plainTextForms(secret);
            if (std::any_of(forms.cbegin(), forms.cend(), [&content](const QByteArray &form) {
                    return content.contains(form);
                })) {
                found.append(path);
                break;
            }
        }
    }
    return found;
}

} // namespace ImageChat::Test
