package rules

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	denylint "github.com/denylint/denylint"
)

// TestSchemaBuiltinsAreRefused: json.match_schema follows a file:// $ref
// to any file on the machine, so a user rule could read outside the
// scanned tree through it.
func TestSchemaBuiltinsAreRefused(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, body string }{
		{"json.match_schema", `deny contains x if { x := json.match_schema({}, {"$ref": "file:///etc/hostname"}) }`},
		{"json.verify_schema", `deny contains x if { x := json.verify_schema({"$ref": "file:///etc/hostname"}) }`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			user := fstest.MapFS{"read.rego": {Data: []byte("package rules.user.read\n\n" + tc.body + "\n")}}
			_, err := New(context.Background(), denylint.Rego(), user)
			if err == nil || !strings.Contains(err.Error(), tc.name) {
				t.Errorf("a rule calling %s compiled (err = %v)", tc.name, err)
			}
		})
	}
}
