package siwe

import (
	"strings"
	"testing"
	"time"
)

func TestParseTimestamp(t *testing.T) {
	utc := func(y int, mo time.Month, d, h, mi, s, ns int) time.Time {
		return time.Date(y, mo, d, h, mi, s, ns, time.UTC)
	}
	valid := []struct {
		text string
		want time.Time
	}{
		{"2021-09-30T16:25:24Z", utc(2021, 9, 30, 16, 25, 24, 0)},
		{"2025-06-01T12:00:00.000Z", utc(2025, 6, 1, 12, 0, 0, 0)}, // Date.toISOString
		{"2025-06-01T12:00:00.5Z", utc(2025, 6, 1, 12, 0, 0, 500_000_000)},
		{"2025-06-01T12:00:00.123456789123Z", utc(2025, 6, 1, 12, 0, 0, 123_456_789)}, // digits past ns dropped
		{"2025-06-01t12:00:00z", utc(2025, 6, 1, 12, 0, 0, 0)},                        // RFC 3339 allows lower case
		{"2025-06-01T14:30:00+02:30", utc(2025, 6, 1, 12, 0, 0, 0)},
		{"2025-06-01T09:00:00-03:00", utc(2025, 6, 1, 12, 0, 0, 0)},
		{"2025-06-01T12:00:00-00:00", utc(2025, 6, 1, 12, 0, 0, 0)},
		{"2024-02-29T00:00:00Z", utc(2024, 2, 29, 0, 0, 0, 0)},
		{"0000-01-01T00:00:00Z", utc(0, 1, 1, 0, 0, 0, 0)},
		{"9999-12-31T23:59:59.999999999+23:59", time.Date(9999, 12, 31, 23, 59, 59, 999_999_999, time.FixedZone("", 23*3600+59*60))},
	}
	for _, tc := range valid {
		ts, err := ParseTimestamp(tc.text)
		if err != nil {
			t.Errorf("ParseTimestamp(%q): %v", tc.text, err)
			continue
		}
		if !ts.Time().Equal(tc.want) {
			t.Errorf("ParseTimestamp(%q) = %v, want %v", tc.text, ts.Time(), tc.want)
		}
		if ts.String() != tc.text || ts.IsZero() {
			t.Errorf("ParseTimestamp(%q) keeps text %q", tc.text, ts.String())
		}
	}

	invalid := []struct{ text, why string }{
		{"", "too short"},
		{"2025-06-01", "too short"},
		{"2025-06-01T12:00:00", `want "Z" or an offset`},
		{"2025/06/01T12:00:00Z", "want YYYY-MM-DDTHH:MM:SS"},
		{"25-06-01T12:00:00Z", "too short"},
		{"2025-6-01T12:00:00Z", "want YYYY-MM-DDTHH:MM:SS"},
		{"2025-06-01T12:00Z", "too short"},
		{"+2025-06-01T12:00:00Z", "want YYYY-MM-DDTHH:MM:SS"},
		{"2025-06-01 12:00:00Z", `want "T" between date and time`},
		{"2025-13-01T12:00:00Z", "month out of range"},
		{"2025-00-01T12:00:00Z", "month out of range"},
		{"2023-02-29T12:00:00Z", "day out of range"},
		{"2025-04-31T12:00:00Z", "day out of range"},
		{"2025-06-00T12:00:00Z", "day out of range"},
		{"2025-06-01T24:00:00Z", "hour out of range"},
		{"2025-06-01T12:60:00Z", "minute out of range"},
		{"2016-12-31T23:59:60Z", "second out of range"}, // leap second: RFC 3339 allows it, Go cannot hold it
		{"2025-06-01T12:00:00,5Z", `want "Z" or an offset`},
		{"2025-06-01T12:00:00.Z", `no digits after "."`},
		{"2025-06-01T12:00:00+24:00", "time offset out of range"},
		{"2025-06-01T12:00:00+02:60", "time offset out of range"},
		{"2025-06-01T12:00:00+0200", `want "Z" or an offset`},
		{"2025-06-01T12:00:00+2:00", `want "Z" or an offset`},
		{"2025-06-01T12:00:00+ab:00", "want a time offset like +02:00"},
		{"2025-06-01T12:00:00ZZ", `want "Z" or an offset`},
		{"2025-06-01T12:00:00Z ", `want "Z" or an offset`},
		{"2025-06-01T12:00:00UTC", `want "Z" or an offset`},
	}
	for _, tc := range invalid {
		_, err := ParseTimestamp(tc.text)
		if err == nil {
			t.Errorf("ParseTimestamp(%q) accepted", tc.text)
			continue
		}
		if !strings.Contains(err.Error(), tc.why) {
			t.Errorf("ParseTimestamp(%q) = %v, want the reason %q", tc.text, err, tc.why)
		}
	}
}

// NewTimestamp writes what JavaScript's Date.toISOString writes, so server-built messages look
// like wallet-built ones.
func TestNewTimestamp(t *testing.T) {
	ts := NewTimestamp(time.Date(2025, 6, 1, 14, 0, 0, 123_456_789, time.FixedZone("CEST", 2*3600)))
	if got, want := ts.String(), "2025-06-01T12:00:00.123Z"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	back, err := ParseTimestamp(ts.String())
	if err != nil || !back.Time().Equal(ts.Time()) {
		t.Errorf("does not parse back: %v, %v", back.Time(), err)
	}
	if (Timestamp{}).IsZero() != true || ts.IsZero() {
		t.Error("IsZero")
	}
}
