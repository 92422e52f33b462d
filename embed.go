// Package denylint holds what the binary embeds: the Rego rule bundle.
package denylint

import (
	"embed"
	"io/fs"
)

//go:embed rego
var bundle embed.FS

// Rego returns the rule bundle rooted at the rego folder.
func Rego() fs.FS {
	sub, err := fs.Sub(bundle, "rego")
	if err != nil {
		panic(err) // the folder is embedded at build time
	}
	return sub
}
