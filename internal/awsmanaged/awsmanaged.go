// Package awsmanaged ships the documents of the AWS managed policies that
// decide S3 and KMS access, so that an attachment by ARN is not unknown.
// See README.md for where each document comes from.
package awsmanaged

import (
	"embed"
	"strings"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/source"
)

//go:embed policies/*.json
var files embed.FS

// Names lists the policies shipped, by the last segment of their ARN.
func Names() []string {
	entries, _ := files.ReadDir("policies")
	out := make([]string, 0, len(entries))
	for _, e := range entries {
		out = append(out, strings.TrimSuffix(e.Name(), ".json"))
	}
	return out
}

// Lookup returns the normalised document of the AWS managed policy arn
// names (in any partition, any path: arn:aws:iam::aws:policy/service-role/X
// is X), or false when denylint does not ship it. The policy's origin and
// its statements' file are the ARN itself, since the text is not the
// user's to fix.
func Lookup(arn string) (*iam.Policy, bool) {
	name, ok := nameOf(arn)
	if !ok {
		return nil, false
	}
	data, err := files.ReadFile("policies/" + name + ".json")
	if err != nil {
		return nil, false
	}
	p, diags := iam.ParsePolicyJSON(arn, arn, data, source.Pos{})
	if len(diags) > 0 {
		// The shipped data is tested; a broken file is a build mistake,
		// and an unknown document is the honest answer.
		return nil, false
	}
	return p, true
}

// nameOf reads the policy name from arn:<partition>:iam::aws:policy/<path>name.
func nameOf(arn string) (string, bool) {
	parts := strings.SplitN(arn, ":", 6)
	if len(parts) != 6 || parts[0] != "arn" || parts[2] != "iam" || parts[4] != "aws" {
		return "", false
	}
	res, ok := strings.CutPrefix(parts[5], "policy/")
	if !ok || res == "" || strings.Contains(res, "..") {
		return "", false
	}
	name := res[strings.LastIndexByte(res, '/')+1:]
	if name == "" || strings.ContainsAny(name, ".\\") {
		return "", false
	}
	return name, true
}
