package siwe

import (
	"fmt"
	"time"
)

// Timestamp is an RFC 3339 date-time as written in a message. It keeps its text because the
// signature covers the text, not the instant: "…05.600Z" and "…05.6Z" are one instant but two
// messages, and re-formatting either would break the signature. The zero Timestamp is an absent
// optional field.
type Timestamp struct {
	text string
	t    time.Time
}

// NewTimestamp is t as JavaScript's Date.toISOString writes it (UTC, milliseconds), the form
// wallets and SIWE libraries produce, for messages the server builds itself.
func NewTimestamp(t time.Time) Timestamp {
	t = t.UTC().Truncate(time.Millisecond)
	return Timestamp{text: t.Format("2006-01-02T15:04:05.000Z"), t: t}
}

// ParseTimestamp parses an RFC 3339 date-time strictly: time.Parse also takes "," before the
// fraction and offsets such as "+24:00" that RFC 3339 does not, and a signed message must mean
// one thing to every parser. Leap seconds ("…:60") are refused, as Go cannot represent them.
func ParseTimestamp(s string) (Timestamp, error) {
	// date-time = full-date ("T"/"t") partial-time time-offset;
	// YYYY-MM-DDTHH:MM:SS[.frac](Z/z/+HH:MM/-HH:MM)
	bad := func(why string) (Timestamp, error) {
		return Timestamp{}, fmt.Errorf("%s is not an RFC 3339 date-time (like 2025-06-01T12:00:00Z): %s", quote(s), why)
	}
	if len(s) < len("2006-01-02T15:04:05") {
		return bad("too short")
	}
	num := func(i, n int) (int, bool) {
		v := 0
		for _, c := range []byte(s[i : i+n]) {
			if !isDigit(c) {
				return 0, false
			}
			v = v*10 + int(c-'0')
		}
		return v, true
	}
	year, ok1 := num(0, 4)
	month, ok2 := num(5, 2)
	day, ok3 := num(8, 2)
	hour, ok4 := num(11, 2)
	minute, ok5 := num(14, 2)
	sec, ok6 := num(17, 2)
	if !ok1 || !ok2 || !ok3 || !ok4 || !ok5 || !ok6 || s[4] != '-' || s[7] != '-' || s[13] != ':' || s[16] != ':' {
		return bad("want YYYY-MM-DDTHH:MM:SS")
	}
	if s[10] != 'T' && s[10] != 't' {
		return bad("want \"T\" between date and time")
	}
	switch {
	case month < 1 || month > 12:
		return bad("month out of range")
	case day < 1 || day > daysIn(year, time.Month(month)):
		return bad("day out of range")
	case hour > 23:
		return bad("hour out of range")
	case minute > 59:
		return bad("minute out of range")
	case sec > 59:
		return bad("second out of range")
	}
	rest := s[19:]
	nsec := 0
	if rest != "" && rest[0] == '.' {
		// time-secfrac = "." 1*DIGIT; digits past nanoseconds are kept in the text, dropped here.
		n := 1
		for n < len(rest) && isDigit(rest[n]) {
			if n <= 9 {
				nsec = nsec*10 + int(rest[n]-'0')
			}
			n++
		}
		if n == 1 {
			return bad("no digits after \".\"")
		}
		for i := n; i <= 9; i++ {
			nsec *= 10
		}
		rest = rest[n:]
	}
	var loc *time.Location
	switch {
	case rest == "Z" || rest == "z":
		loc = time.UTC
	case len(rest) == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':':
		oh, okh := num(len(s)-5, 2)
		om, okm := num(len(s)-2, 2)
		if !okh || !okm {
			return bad("want a time offset like +02:00")
		}
		if oh > 23 || om > 59 {
			return bad("time offset out of range")
		}
		off := (oh*60 + om) * 60
		if rest[0] == '-' {
			off = -off
		}
		loc = time.FixedZone("", off)
	default:
		return bad("want \"Z\" or an offset like +02:00 after the time")
	}
	t := time.Date(year, time.Month(month), day, hour, minute, sec, nsec, loc)
	return Timestamp{text: s, t: t}, nil
}

func daysIn(year int, m time.Month) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// Time is the instant; the zero time.Time for an absent field.
func (ts Timestamp) Time() time.Time { return ts.t }

// IsZero reports whether the field is absent.
func (ts Timestamp) IsZero() bool { return ts.text == "" }

// String is the text exactly as it appears in the message.
func (ts Timestamp) String() string { return ts.text }
