package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/internal/document"
)

// Input problems reported per file.
var (
	ErrEmpty    = errors.New("empty input (no text)")
	ErrBinary   = errors.New("binary data, not text")
	ErrTooLarge = document.ErrTooLarge
	ErrNoText   = errors.New("no article text found")
)

// cp1252 maps the bytes 0x80–0x9F of Windows-1252 to runes; the other
// bytes ≥ 0xA0 are Latin-1 (the rune with the same value).
var cp1252 = [32]rune{
	'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8D, 'Ž', 0x8F,
	0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9D, 'ž', 'Ÿ',
}

func cp1252Rune(c byte) rune {
	if c >= 0x80 && c < 0xA0 {
		return cp1252[c-0x80]
	}
	return rune(c)
}

// decodeText turns raw bytes into valid UTF-8 text. It strips a byte-order
// mark, decodes UTF-16 with a BOM, rejects empty and binary input, decodes a
// few stray invalid bytes as Windows-1252 (with a warning) and a file that
// is mostly not UTF-8 as Windows-1252 throughout (with a warning).
func decodeText(b []byte) (string, []string, error) {
	var warns []string
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		s, err := decodeUTF16(b)
		if err != nil {
			return "", nil, err
		}
		b = []byte(s)
		warns = append(warns, "decoded from UTF-16")
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return "", nil, ErrEmpty
	}
	if isBinary(b) {
		return "", nil, ErrBinary
	}
	if utf8.Valid(b) {
		if !isBlankUnicode(b) {
			return string(b), warns, nil
		}
		return "", nil, ErrEmpty
	}
	invalid, first := 0, -1
	for i := 0; i < len(b); {
		r, w := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && w == 1 {
			if first < 0 {
				first = i
			}
			invalid++
		}
		i += w
	}
	var sb strings.Builder
	sb.Grow(len(b) + invalid*2)
	// A few stray bytes (a Latin-1 "£" in a UTF-8 file): decode only those.
	if invalid*100 <= len(b) || invalid <= 8 {
		for i := 0; i < len(b); {
			r, w := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && w == 1 {
				sb.WriteRune(cp1252Rune(b[i]))
			} else {
				sb.Write(b[i : i+w])
			}
			i += w
		}
		warns = append(warns, fmt.Sprintf("%d invalid UTF-8 byte(s), first at offset %d, decoded as Windows-1252", invalid, first))
		return sb.String(), warns, nil
	}
	for _, c := range b {
		if c < utf8.RuneSelf {
			sb.WriteByte(c)
		} else {
			sb.WriteRune(cp1252Rune(c))
		}
	}
	warns = append(warns, fmt.Sprintf("not UTF-8 (%d invalid bytes); decoded as Windows-1252", invalid))
	return sb.String(), warns, nil
}

func decodeUTF16(b []byte) (string, error) {
	big := b[0] == 0xFE
	b = b[2:]
	if len(b)%2 != 0 {
		return "", fmt.Errorf("UTF-16 input with an odd number of bytes: %w", ErrBinary)
	}
	u := make([]uint16, len(b)/2)
	for i := range u {
		if big {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	return string(utf16.Decode(u)), nil
}

// isBinary: a NUL byte, or more than 5% control bytes other than white
// space, in the first 64 KiB.
func isBinary(b []byte) bool {
	if len(b) > 64<<10 {
		b = b[:64<<10]
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range b {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1B {
			ctl++
		}
	}
	return ctl*20 > len(b)
}

// isBlankUnicode reports whether valid UTF-8 b holds only white space
// (including non-ASCII spaces such as U+00A0 and U+3000).
func isBlankUnicode(b []byte) bool {
	return len(bytes.TrimFunc(b, isSpaceRune)) == 0
}

func isSpaceRune(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', 0x85, 0xA0, 0x2028, 0x2029, 0x200B, 0xFEFF, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}
