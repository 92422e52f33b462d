package terraform

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hashicorp/hcl/v2"
)

func TestSteadySuggestions(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, detail, want string
	}{
		// can and max are both two edits away: the first in sort order.
		{"tie", `There is no function named "Aa0". Did you mean "max"?`, `There is no function named "Aa0". Did you mean "can"?`},
		{"closest", `There is no function named "jsonencod". Did you mean "jsondecode"?`, `There is no function named "jsonencod". Did you mean "jsonencode"?`},
		{"none close", `There is no function named "zzzzzzz".`, `There is no function named "zzzzzzz".`},
		{"other detail", `Something else.`, `Something else.`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			d := &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Call to unknown function", Detail: tc.detail}
			steadySuggestions(hcl.Diagnostics{d})
			if diff := cmp.Diff(tc.want, d.Detail); diff != "" {
				t.Errorf("detail (-want +got):\n%s", diff)
			}
		})
	}
}

func TestEditDistance(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		a, b string
		want int
	}{
		{"equal", "join", "join", 0},
		{"one insertion", "jsonencod", "jsonencode", 1},
		{"swap", "lenght", "length", 2}, //nolint:misspell // the typo is the input
		{"empty", "", "abc", 3},
		{"runes", "é", "e", 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := editDistance(tc.a, tc.b); got != tc.want {
				t.Errorf("editDistance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
			}
		})
	}
}
