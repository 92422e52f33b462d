package terraform

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"hash"
	"net/url"
	"path"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"
)

// stringFunc builds a function of string arguments returning ret.
func stringFunc(names []string, ret cty.Type, impl func(args []string) (cty.Value, error)) function.Function {
	params := make([]function.Parameter, len(names))
	for i, n := range names {
		params[i] = function.Parameter{Name: n, Type: cty.String}
	}
	return function.New(&function.Spec{
		Params: params,
		Type:   function.StaticReturnType(ret),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			s := make([]string, len(args))
			for i, a := range args {
				s[i] = a.AsString()
			}
			return impl(s)
		},
	})
}

// Prefix tests on strings holding unknown tokens are left unknown unless
// the known part decides them.
var startsWithFunc = stringFunc([]string{"str", "prefix"}, cty.Bool, func(a []string) (cty.Value, error) {
	return tokenAware(a[0], a[1], strings.HasPrefix), nil
})

var endsWithFunc = stringFunc([]string{"str", "suffix"}, cty.Bool, func(a []string) (cty.Value, error) {
	return tokenAware(a[0], a[1], strings.HasSuffix), nil
})

var strContainsFunc = stringFunc([]string{"str", "substr"}, cty.Bool, func(a []string) (cty.Value, error) {
	return tokenAware(a[0], a[1], strings.Contains), nil
})

func tokenAware(s, part string, test func(string, string) bool) cty.Value {
	if test(s, part) {
		return cty.True
	}
	if hasToken(cty.StringVal(s)) || hasToken(cty.StringVal(part)) {
		return cty.UnknownVal(cty.Bool)
	}
	return cty.False
}

// replaceFunc is Terraform's replace: a search string between slashes is a
// regular expression.
var replaceFunc = stringFunc([]string{"str", "substr", "replace"}, cty.String, func(a []string) (cty.Value, error) {
	str, substr, repl := a[0], a[1], a[2]
	if len(substr) > 1 && substr[0] == '/' && substr[len(substr)-1] == '/' {
		re, err := regexp.Compile(substr[1 : len(substr)-1])
		if err != nil {
			return cty.NilVal, fmt.Errorf("invalid regular expression: %w", err)
		}
		return cty.StringVal(re.ReplaceAllString(str, repl)), nil
	}
	return cty.StringVal(strings.ReplaceAll(str, substr, repl)), nil
})

var base64EncodeFunc = stringFunc([]string{"str"}, cty.String, func(a []string) (cty.Value, error) {
	return cty.StringVal(base64.StdEncoding.EncodeToString([]byte(a[0]))), nil
})

var base64DecodeFunc = stringFunc([]string{"str"}, cty.String, func(a []string) (cty.Value, error) {
	b, err := base64.StdEncoding.DecodeString(a[0])
	if err != nil || !utf8.Valid(b) {
		return cty.NilVal, fmt.Errorf("invalid base64 data")
	}
	return cty.StringVal(string(b)), nil
})

var urlEncodeFunc = stringFunc([]string{"str"}, cty.String, func(a []string) (cty.Value, error) {
	return cty.StringVal(url.QueryEscape(a[0])), nil
})

func hashFunc(name string) function.Function {
	return stringFunc([]string{"str"}, cty.String, func(a []string) (cty.Value, error) {
		if hasToken(cty.StringVal(a[0])) {
			return cty.UnknownVal(cty.String), nil
		}
		var h hash.Hash
		switch name {
		case "md5":
			h = md5.New()
		case "sha1":
			h = sha1.New()
		case "sha512":
			h = sha512.New()
		default:
			h = sha256.New()
		}
		h.Write([]byte(a[0]))
		return cty.StringVal(hex.EncodeToString(h.Sum(nil))), nil
	})
}

var dirnameFunc = stringFunc([]string{"path"}, cty.String, func(a []string) (cty.Value, error) {
	return cty.StringVal(path.Dir(a[0])), nil
})

var basenameFunc = stringFunc([]string{"path"}, cty.String, func(a []string) (cty.Value, error) {
	return cty.StringVal(path.Base(a[0])), nil
})

// lengthFunc is Terraform's length, which also counts string characters.
var lengthFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "value", Type: cty.DynamicPseudoType, AllowDynamicType: true, AllowUnknown: true}},
	Type:   function.StaticReturnType(cty.Number),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		v := args[0]
		if v.Type() == cty.String {
			if !v.IsKnown() || hasToken(v) {
				return cty.UnknownVal(cty.Number), nil
			}
			return stdlib.Strlen(v)
		}
		if v.Type().IsObjectType() && v.IsKnown() && !v.IsNull() {
			return cty.NumberIntVal(int64(len(v.Type().AttributeTypes()))), nil
		}
		return stdlib.Length(v)
	},
})
