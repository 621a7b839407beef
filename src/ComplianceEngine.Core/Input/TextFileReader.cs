using System.Text;
using ComplianceEngine.Core.Model;

namespace ComplianceEngine.Core.Input;

/// <summary>
/// Reads a text input: UTF-8 with or without BOM, or UTF-16 with BOM; rejects binary files and
/// legacy Vietnamese encodings (Windows-1258, TCVN3, VNI) with a clear error instead of garbage.
/// The text is returned in Unicode NFC with LF line ends.
/// </summary>
internal static class TextFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads <paramref name="path"/>; errors are reported at <paramref name="displayPath"/>.</summary>
    public static string Read(string path, string displayPath)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputErrorException(InputError.At(SourceLocation.FileOnly(displayPath), "unreadable", ("reason", e.Message)));
        }

        return Decode(bytes, displayPath);
    }

    /// <summary>Decodes bytes as described on the type.</summary>
    public static string Decode(byte[] bytes, string displayPath)
    {
        string text;
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var encoding = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            text = encoding.GetString(bytes, 2, bytes.Length - 2);
        }
        else
        {
            var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            var nul = Array.IndexOf(bytes, (byte)0, offset);
            if (nul >= 0)
            {
                throw new InputErrorException(InputError.At(new SourceLocation(displayPath, LineOfByte(bytes, nul), 1), "binary-file"));
            }

            try
            {
                text = StrictUtf8.GetString(bytes, offset, bytes.Length - offset);
            }
            catch (DecoderFallbackException e)
            {
                var at = e.Index >= 0 ? offset + e.Index : offset;
                throw new InputErrorException(InputError.At(new SourceLocation(displayPath, LineOfByte(bytes, at), 1), "not-utf8"));
            }
        }

        text = text.Replace("\r\n", "\n").Replace('\r', '\n').Normalize(NormalizationForm.FormC);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InputErrorException(InputError.At(new SourceLocation(displayPath, 1, 1), "empty-file"));
        }

        if (LooksLikeLegacyVietnamese(text, out var line))
        {
            throw new InputErrorException(InputError.At(new SourceLocation(displayPath, line, 1), "legacy-encoding"));
        }

        return text;
    }

    private static int LineOfByte(byte[] bytes, int index)
    {
        var line = 1;
        for (var i = 0; i < index && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
            }
        }

        return line;
    }

    // TCVN3 (ABC) and VNI text decode as valid UTF-8 only when they are pure ASCII plus the
    // C1/Latin-1 letters those fonts reuse; real Vietnamese in Unicode uses Latin Extended
    // Additional (U+1EA0–U+1EF9) or combining marks. Many of the font letters and none of those is the tell.
    private static bool LooksLikeLegacyVietnamese(string text, out int line)
    {
        line = 0;
        int legacy = 0, unicodeVietnamese = 0, firstLegacyLine = 0, current = 1;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                current++;
            }
            else if (c is >= '\u1EA0' and <= '\u1EF9' or 'ă' or 'Ă' or 'ơ' or 'Ơ' or 'ư' or 'Ư' or 'đ' or 'Đ')
            {
                unicodeVietnamese++;
            }
            else if (c is >= '\u0080' and <= '\u00FF' && !"àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ".Contains(c))
            {
                legacy++;
                if (firstLegacyLine == 0)
                {
                    firstLegacyLine = current;
                }
            }
        }

        line = firstLegacyLine;
        return legacy >= 5 && unicodeVietnamese == 0;
    }
}
