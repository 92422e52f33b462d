package iam

import (
	"bytes"
	"encoding/base64"
)

// BinaryEquals compares base64-encoded bytes ("Binary condition
// operators", IAM user guide).
func init() {
	register("BinaryEquals", opSpec{match: func(p, r string) Tri {
		if t, done := knownOrMaybe(p, r); done {
			return t
		}
		pb, err1 := base64.StdEncoding.DecodeString(p)
		rb, err2 := base64.StdEncoding.DecodeString(r)
		if err1 != nil || err2 != nil {
			return triOf(p == r)
		}
		return triOf(bytes.Equal(pb, rb))
	}})
}
