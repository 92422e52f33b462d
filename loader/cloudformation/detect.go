package cloudformation

import (
	"bytes"
	"regexp"
)

// detectWindow is how much of a file Detect looks at: the markers sit near
// the top of every real template.
const detectWindow = 1 << 20

var (
	yamlResources = regexp.MustCompile(`(?m)^["']?Resources["']?\s*:`)
	yamlAWSType   = regexp.MustCompile(`(?m)^\s+["']?Type["']?\s*:\s*["']?(AWS|Alexa|Custom)::`)
	jsonResources = regexp.MustCompile(`"Resources"\s*:\s*\{`)
	jsonAWSType   = regexp.MustCompile(`"Type"\s*:\s*"(AWS|Alexa|Custom)::`)
)

// Detect reports whether data is a CloudFormation or SAM template: it names
// AWSTemplateFormatVersion, or has a Resources map whose entries have an
// AWS:: Type. It reads at most the first megabyte.
func Detect(data []byte) bool {
	if len(data) > detectWindow {
		data = data[:detectWindow]
	}
	if bytes.Contains(data, []byte("AWSTemplateFormatVersion")) {
		return true
	}
	if trimmed := bytes.TrimLeft(data, " \t\r\n\ufeff"); len(trimmed) > 0 && trimmed[0] == '{' {
		return jsonResources.Match(data) && jsonAWSType.Match(data)
	}
	return yamlResources.Match(data) && yamlAWSType.Match(data)
}
