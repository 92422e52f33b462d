package cloudformation

import (
	"strconv"
	"strings"

	"github.com/denylint/denylint/source"
)

// propertyTree tells where each part of a resource's evaluated properties
// was written, under paths such as
// Properties.BucketEncryption.ServerSideEncryptionConfiguration[0]: a
// member spans its key and value, an item its value. Values written
// elsewhere (a YAML alias's anchor, a mapping entry that Fn::FindInMap
// returned) are located where they are used but not descended into:
// their parts are not where the resource is. It walks the tree when a
// finding asks, instead of recording a table entry per part, and answers
// as that table did: where keys repeat, the last one.
type propertyTree struct{ props *source.Node }

func (t propertyTree) Range(rest string) (source.Range, bool) {
	return locate(t.props, rest)
}

func locate(v *source.Node, rest string) (source.Range, bool) {
	switch {
	case v == nil || rest == "":
	case v.Kind == source.Object && rest[0] == '.':
		for i := len(v.Fields) - 1; i >= 0; i-- {
			f := &v.Fields[i]
			after, ok := strings.CutPrefix(rest[1:], f.Key)
			switch {
			case !ok:
			case after == "":
				return fieldRange(f.KeyRange, f.Value.Range), true
			case within(f.Value.Range, f.KeyRange.Start.Byte, v.Range):
				if r, ok := locate(f.Value, after); ok {
					return r, true
				}
			}
		}
	case v.Kind == source.Array && rest[0] == '[':
		i, after, ok := itemIndex(rest, len(v.Items))
		switch {
		case !ok:
		case after == "":
			return v.Items[i].Range, true
		case within(v.Items[i].Range, v.Range.Start.Byte, v.Range):
			return locate(v.Items[i], after)
		}
	}
	return source.Range{}, false
}

// itemIndex reads "[i]" at the start of rest, written as strconv.Itoa writes
// it, with i below n.
func itemIndex(rest string, n int) (int, string, bool) {
	end := strings.IndexByte(rest, ']')
	if end < 0 {
		return 0, "", false
	}
	digits := rest[1:end]
	i, err := strconv.Atoi(digits)
	if err != nil || i < 0 || i >= n || strconv.Itoa(i) != digits {
		return 0, "", false
	}
	return i, rest[end+1:], true
}
