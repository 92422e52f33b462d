package terraform

import (
	"fmt"
	"strings"

	"github.com/denylint/denylint/source"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// maxNesting bounds how deeply brackets, interpolations and operator
// chains may nest. HCL parses and evaluates expressions recursively, and a
// goroutine that outgrows its stack kills the process instead of
// panicking, so a file past the limit is refused before it is parsed.
const maxNesting = 500

// nestingDiag checks the nesting of native-syntax text (a configuration
// file when template is false, a template otherwise) with HCL's own
// lexer, which does not recurse.
func nestingDiag(path string, src []byte, start hcl.Pos, template bool) *hcl.Diagnostic {
	if nestingBound(src) <= maxNesting {
		// Nesting cannot pass the limit: skip lexing the file a second
		// time, which cost as much as parsing it.
		return nil
	}
	var toks hclsyntax.Tokens
	if template {
		toks, _ = hclsyntax.LexTemplate(src, path, start)
	} else {
		toks, _ = hclsyntax.LexConfig(src, path, start)
	}
	if t, ok := tooDeep(toks); ok {
		return &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "expression nested too deeply",
			Detail:  fmt.Sprintf("Brackets, interpolations or operators nest more than %d levels here; denylint does not read this file.", maxNesting),
			Subject: &t.Range}
	}
	return nil
}

// level is one open bracket: the operators chained inside it since its
// last separator also deepen the parse.
type level struct {
	opener hclsyntax.TokenType
	ops    int
}

// tooDeep returns the first token at which the nesting passes maxNesting.
// It errs on the side of counting: every operator adds a level until a
// comma, or a newline where newlines separate items.
func tooDeep(toks hclsyntax.Tokens) (hclsyntax.Token, bool) {
	stack := []level{{opener: hclsyntax.TokenOBrace}}
	depth := 0
	for _, t := range toks {
		top := &stack[len(stack)-1]
		switch {
		case opens[t.Type]:
			stack = append(stack, level{opener: t.Type})
			depth++
		case closes[t.Type] && len(stack) > 1:
			depth -= 1 + top.ops
			stack = stack[:len(stack)-1]
		case t.Type == hclsyntax.TokenComma,
			t.Type == hclsyntax.TokenNewline && top.opener == hclsyntax.TokenOBrace:
			depth -= top.ops
			top.ops = 0
		case operators[t.Type]:
			top.ops++
			depth++
		}
		if depth > maxNesting {
			return t, true
		}
	}
	return hclsyntax.Token{}, false
}

var opens = map[hclsyntax.TokenType]bool{
	hclsyntax.TokenOBrace: true, hclsyntax.TokenOBrack: true, hclsyntax.TokenOParen: true,
	hclsyntax.TokenTemplateInterp: true, hclsyntax.TokenTemplateControl: true,
	hclsyntax.TokenOQuote: true, hclsyntax.TokenOHeredoc: true,
}

var closes = map[hclsyntax.TokenType]bool{
	hclsyntax.TokenCBrace: true, hclsyntax.TokenCBrack: true, hclsyntax.TokenCParen: true,
	hclsyntax.TokenTemplateSeqEnd: true, hclsyntax.TokenCQuote: true, hclsyntax.TokenCHeredoc: true,
}

var operators = map[hclsyntax.TokenType]bool{
	hclsyntax.TokenPlus: true, hclsyntax.TokenMinus: true, hclsyntax.TokenStar: true,
	hclsyntax.TokenSlash: true, hclsyntax.TokenPercent: true, hclsyntax.TokenEqualOp: true,
	hclsyntax.TokenNotEqual: true, hclsyntax.TokenLessThan: true, hclsyntax.TokenLessThanEq: true,
	hclsyntax.TokenGreaterThan: true, hclsyntax.TokenGreaterThanEq: true, hclsyntax.TokenAnd: true,
	hclsyntax.TokenOr: true, hclsyntax.TokenBang: true, hclsyntax.TokenQuestion: true,
	hclsyntax.TokenEllipsis: true,
}

// jsonNestingDiag refuses a JSON configuration nested past the JSON
// limit (the HCL JSON parser itself has none), or holding a template
// string nested past maxNesting.
func jsonNestingDiag(path string, src []byte) *hcl.Diagnostic {
	n, d := source.ParseJSON(path, src, source.Pos{})
	if d != nil {
		if d.Summary != source.DepthSummary {
			return nil // the HCL JSON parser reports bad syntax itself
		}
		r := toHCLRange(d.Range)
		return &hcl.Diagnostic{Severity: hcl.DiagError, Summary: d.Summary, Detail: "denylint does not read this file.", Subject: &r}
	}
	return templateStrings(path, n)
}

func templateStrings(path string, n *source.Node) *hcl.Diagnostic {
	if n.Kind == source.String && strings.Contains(n.Scalar, "{") {
		if d := nestingDiag(path, []byte(n.Scalar), toHCLRange(n.Range).Start, true); d != nil {
			d.Subject = ptrTo(toHCLRange(n.Range))
			return d
		}
	}
	for _, item := range n.Items {
		if d := templateStrings(path, item); d != nil {
			return d
		}
	}
	for _, f := range n.Fields {
		if d := templateStrings(path, f.Value); d != nil {
			return d
		}
	}
	return nil
}

func toHCLRange(r source.Range) hcl.Range {
	return hcl.Range{Filename: r.File,
		Start: hcl.Pos{Line: r.Start.Line, Column: r.Start.Column, Byte: r.Start.Byte},
		End:   hcl.Pos{Line: r.End.Line, Column: r.End.Column, Byte: r.End.Byte}}
}

func ptrTo[T any](v T) *T { return &v }

// nestingBound is an upper bound of how deep src can nest: every bracket
// and every byte an operator can be made of may add a level.
func nestingBound(src []byte) int {
	n := 0
	for _, b := range src {
		switch b {
		case '(', '[', '{', '+', '-', '*', '/', '%', '&', '|', '?', '<', '>', '!', '=':
			n++
		}
	}
	return n
}
