// Package tfplan reads Terraform plans (`terraform show -json` output)
// into the estate, through the same builder as the Terraform loader.
package tfplan

import "bytes"

// Detect reports whether data looks like a Terraform plan in JSON: an
// object with "format_version" and "planned_values" or "configuration".
// It only looks for the keys; Load reports what is wrong with the rest.
func Detect(data []byte) bool {
	trimmed := bytes.TrimLeft(data, " \t\r\n\ufeff")
	if len(trimmed) == 0 || trimmed[0] != '{' {
		return false
	}
	return bytes.Contains(data, []byte(`"format_version"`)) &&
		(bytes.Contains(data, []byte(`"planned_values"`)) || bytes.Contains(data, []byte(`"configuration"`)))
}
