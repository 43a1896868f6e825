package content

import (
	"fmt"
	"slices"
	"time"
)

// Month is a calendar month written "YYYY-MM".
type Month string

// ParseScalar implements strict.Scalar.
func (m *Month) ParseScalar(s string) error {
	if _, err := time.Parse("2006-01", s); err != nil {
		return fmt.Errorf("expected a month as \"YYYY-MM\", e.g. \"2021-03\", found %q", s)
	}
	*m = Month(s)
	return nil
}

// Date is a calendar date written "YYYY-MM-DD".
type Date string

// ParseScalar implements strict.Scalar.
func (d *Date) ParseScalar(s string) error {
	if _, err := time.Parse("2006-01-02", s); err != nil {
		return fmt.Errorf("expected a date as YYYY-MM-DD, e.g. 2021-03-01, found %q", s)
	}
	*d = Date(s)
	return nil
}

// oneOf checks that s is one of values, for the enumerated front matter keys.
func oneOf(s string, values ...string) error {
	if slices.Contains(values, s) {
		return nil
	}
	return fmt.Errorf("expected one of %s, found %q", quoteList(values), s)
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func quoteList(values []string) string {
	out := ""
	for i, v := range values {
		if i > 0 {
			out += ", "
		}
		out += fmt.Sprintf("%q", v)
	}
	return out
}

// Visibility is "public" (the default) or "internal".
type Visibility string

// ParseScalar implements strict.Scalar.
func (v *Visibility) ParseScalar(s string) error {
	*v = Visibility(s)
	return oneOf(s, "public", "internal")
}

// Internal reports whether the value is "internal".
func (v Visibility) Internal() bool { return v == "internal" }
