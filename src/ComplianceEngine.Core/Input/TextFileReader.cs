using System.Text;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Text;

namespace ComplianceEngine.Core.Input;

/// <summary>A text read from a file, and the legacy encoding it was decoded from when it was not Unicode.</summary>
internal sealed record DecodedText(string Text, string? AssumedEncoding);

/// <summary>
/// Reads a text input: UTF-8 with or without BOM, UTF-16 with BOM, UTF-16 without BOM recognised by its NUL bytes, or
/// Windows-1258 (decoded through System.Text.Encoding.CodePages, and said so); rejects binary files and the legacy
/// font encodings TCVN3 and VNI with a clear error instead of garbage. Only regular files are opened, and only when
/// within <see cref="InputLimits.MaxFileBytes"/>; no line may be longer than <see cref="InputLimits.MaxLineLength"/>.
/// The text is returned in Unicode NFC with LF line ends.
/// </summary>
internal static class TextFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<Encoding> Windows1258 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>Reads <paramref name="path"/>; errors are reported at <paramref name="displayPath"/>.</summary>
    public static string Read(string path, string displayPath, InputLimits? limits = null) => ReadDecoded(path, displayPath, limits).Text;

    /// <summary>Reads <paramref name="path"/>, saying which legacy encoding was assumed, if any.</summary>
    public static DecodedText ReadDecoded(string path, string displayPath, InputLimits? limits = null)
    {
        limits ??= InputLimits.Default;
        var decoded = Decode(ReadBytes(path, displayPath, limits), displayPath);
        CheckLineLength(decoded.Text, displayPath, limits);
        return decoded;
    }

    /// <summary>
    /// The bytes of <paramref name="path"/>: a regular file (never a FIFO or a device), refused by its size before it is
    /// read when over <see cref="InputLimits.MaxFileBytes"/>, and read at most that far if it grows meanwhile.
    /// </summary>
    public static byte[] ReadBytes(string path, string displayPath, InputLimits limits)
    {
        FileKind.EnsureRegular(path, displayPath);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
            if (stream.Length > limits.MaxFileBytes)
            {
                throw TooLarge(displayPath, limits, stream.Length);
            }

            using var buffer = new MemoryStream((int)Math.Max(0, stream.Length));
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > limits.MaxFileBytes)
                {
                    throw TooLarge(displayPath, limits, buffer.Length);
                }
            }

            return buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputErrorException(InputError.At(SourceLocation.FileOnly(displayPath), "unreadable", ("reason", e.Message)));
        }
    }

    private static InputErrorException TooLarge(string displayPath, InputLimits limits, long size) =>
        InputLimits.Breach(SourceLocation.FileOnly(displayPath), "max_file_mb", limits.Described().First().Value,
            (size / (1024.0 * 1024)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " MB");

    // The longest line, measured once over the text: a line over the limit is refused with its number.
    private static void CheckLineLength(string text, string displayPath, InputLimits limits)
    {
        int line = 1, start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                if (i - start > limits.MaxLineLength)
                {
                    throw InputLimits.Breach(new SourceLocation(displayPath, line, 1), "max_line_length",
                        limits.MaxLineLength.ToString(System.Globalization.CultureInfo.InvariantCulture), (i - start).ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                line++;
                start = i + 1;
            }
        }
    }

    /// <summary>Decodes bytes as described on the type, and holds the text to the line-length limit.</summary>
    public static DecodedText Decode(byte[] bytes, string displayPath, InputLimits limits)
    {
        var decoded = Decode(bytes, displayPath);
        CheckLineLength(decoded.Text, displayPath, limits);
        return decoded;
    }

    /// <summary>Decodes bytes as described on the type.</summary>
    public static DecodedText Decode(byte[] bytes, string displayPath)
    {
        string text;
        string? assumed = null;
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var encoding = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            text = encoding.GetString(bytes, 2, bytes.Length - 2);
        }
        else if (Utf16WithoutBom(bytes) is { } utf16)
        {
            text = utf16.GetString(bytes);
            assumed = utf16 == Encoding.Unicode ? "UTF-16LE" : "UTF-16BE";
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
                if (AsWindows1258(bytes) is { } vietnamese)
                {
                    text = vietnamese;
                    assumed = "Windows-1258";
                }
                else if (LooksLikeLegacyVietnamese(Encoding.Latin1.GetString(bytes), out var legacyLine))
                {
                    // TCVN3 (ABC) or VNI stored as bytes: their letters are font glyphs, not a code page .NET knows;
                    // refused, naming them, rather than guessed.
                    throw new InputErrorException(InputError.At(new SourceLocation(displayPath, legacyLine, 1), "legacy-encoding"));
                }
                else
                {
                    var at = e.Index >= 0 ? offset + e.Index : offset;
                    throw new InputErrorException(InputError.At(new SourceLocation(displayPath, LineOfByte(bytes, at), 1), "not-utf8"));
                }
            }
        }

        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        text = VietnameseText.Normalize(text, NormalizationForm.FormC);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InputErrorException(InputError.At(new SourceLocation(displayPath, 1, 1), "empty-file"));
        }

        if (LooksLikeLegacyVietnamese(text, out var line))
        {
            throw new InputErrorException(InputError.At(new SourceLocation(displayPath, line, 1), "legacy-encoding"));
        }

        return new DecodedText(text, assumed);
    }

    // UTF-16 saved without a byte order mark: text whose every other byte is NUL (ASCII, spaces, digits and line ends
    // make up much of any plan), on one side only. Binary files have NULs on both sides.
    private static Encoding? Utf16WithoutBom(byte[] bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
        {
            return null;
        }

        int evenNul = 0, oddNul = 0;
        for (var i = 0; i < bytes.Length; i += 2)
        {
            evenNul += bytes[i] == 0 ? 1 : 0;
            oddNul += bytes[i + 1] == 0 ? 1 : 0;
        }

        var pairs = bytes.Length / 2;
        Encoding? encoding = oddNul * 10 >= pairs * 3 && evenNul == 0 ? Encoding.Unicode
            : evenNul * 10 >= pairs * 3 && oddNul == 0 ? Encoding.BigEndianUnicode
            : null;
        if (encoding is null)
        {
            return null;
        }

        // Decoded, it must be text: no control characters but tab and line ends, no unpaired surrogates.
        var text = encoding.GetString(bytes);
        return text.All(c => c is '\t' or '\n' or '\r' || !char.IsControl(c)) && !text.Contains('\uFFFD') ? encoding : null;
    }

    // Windows-1258 (the Vietnamese Windows code page): Vietnamese letters written as base letters with combining tone
    // marks. Accepted when the decoded text has tone marks, each after a vowel, and next to none of the symbols and
    // foreign letters that the same bytes are in Windows-1258 and that TCVN3 and VNI text is full of (¹ ¸ µ ï ö ñ æ …);
    // a byte Windows-1258 leaves undefined rules it out.
    private static string? AsWindows1258(byte[] bytes)
    {
        string decoded;
        try
        {
            decoded = Windows1258.Value.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        int tones = 0, misplaced = 0, odd = 0;
        for (var i = 0; i < decoded.Length; i++)
        {
            var c = decoded[i];
            if (c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323')
            {
                tones++;
                misplaced += i > 0 && "aeiouyăâêôơưAEIOUYĂÂÊÔƠƯ".Contains(decoded[i - 1]) ? 0 : 1;
            }
            else if (c is >= '\u0080' and <= '\u00BF' || (c is >= '\u00C0' and <= '\u00FF' && !"àáâèéêìíòóôùúýÀÁÂÈÉÊÌÍÒÓÔÙÚÝ".Contains(c)))
            {
                odd++;
            }
        }

        return tones >= 3 && misplaced * 20 <= tones && odd * 50 <= tones ? decoded : null;
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
