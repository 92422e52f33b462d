package iam

import (
	"strconv"
	"time"
)

// The Date operators compare instants written in ISO 8601 or as epoch
// seconds ("Date condition operators", IAM user guide).
func init() {
	date := func(cmp func(p, r time.Time) bool) func(string, string) Tri {
		return func(p, r string) Tri {
			if t, done := knownOrMaybe(p, r); done {
				return t
			}
			pt, ok1 := parseDate(p)
			rt, ok2 := parseDate(r)
			return triOf(ok1 && ok2 && cmp(pt, rt))
		}
	}
	register("DateEquals", opSpec{match: date(func(p, r time.Time) bool { return r.Equal(p) })})
	register("DateNotEquals", opSpec{match: date(func(p, r time.Time) bool { return r.Equal(p) }), negated: true})
	register("DateLessThan", opSpec{match: date(func(p, r time.Time) bool { return r.Before(p) })})
	register("DateLessThanEquals", opSpec{match: date(func(p, r time.Time) bool { return !r.After(p) })})
	register("DateGreaterThan", opSpec{match: date(func(p, r time.Time) bool { return r.After(p) })})
	register("DateGreaterThanEquals", opSpec{match: date(func(p, r time.Time) bool { return !r.Before(p) })})
}

var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02",
}

func parseDate(s string) (time.Time, bool) {
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		return time.Unix(n, 0), true
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
