package rules

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	denylint "github.com/denylint/denylint"
)

func TestUnsafeBuiltinsAreRefusedAtLoad(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, body string }{
		{"http.send", `deny contains x if { x := http.send({"method": "GET", "url": "http://127.0.0.1:1/"}) }`},
		{"opa.runtime", `deny contains x if { x := opa.runtime() }`},
		{"net.lookup_ip_addr", `deny contains x if { x := net.lookup_ip_addr("example.com") }`},
		{"time.now_ns", `deny contains x if { x := time.now_ns() }`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			user := fstest.MapFS{"evil.rego": {Data: []byte("package rules.user.evil\n\n" + tc.body + "\n")}}
			_, err := New(context.Background(), denylint.Rego(), user)
			if err == nil || !strings.Contains(err.Error(), tc.name) {
				t.Errorf("a rule calling %s compiled (err = %v)", tc.name, err)
			}
		})
	}
}

func TestSafeUserRuleCompiles(t *testing.T) {
	t.Parallel()
	user := fstest.MapFS{"ok.rego": {Data: []byte("package rules.user.ok\n\ndeny contains x if { some x in [] }\n")}}
	if _, err := New(context.Background(), denylint.Rego(), user); err != nil {
		t.Fatal(err)
	}
}
