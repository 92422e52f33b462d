package terraform

import (
	"sort"
	"strings"

	"github.com/denylint/denylint/source"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// segment maps a stretch of a template's output to where it was written.
type segment struct {
	out, outEnd int
	src, srcEnd int
	literal     bool
}

// templateNode parses the JSON text a template (a heredoc, a quoted string
// or a template file) produced, and points each part at the template
// source: literal text maps back character for character, aligned on line
// ends so that heredoc indentation stripping does not shift it; output of
// an interpolation maps to the interpolation.
func templateNode(f *file, e *hclsyntax.TemplateExpr, text string) *source.Node {
	segs := make([]segment, 0, len(e.Parts))
	out := 0
	for _, p := range e.Parts {
		r := p.Range()
		s := segment{out: out, src: r.Start.Byte, srcEnd: r.End.Byte}
		if lit, ok := p.(*hclsyntax.LiteralValueExpr); ok && lit.Val.Type().FriendlyName() == "string" && lit.Val.IsKnown() {
			s.literal = true
			out += len(lit.Val.AsString())
		} else if end := matchNext(text, out, e.Parts, p); end > out {
			out = end
		}
		s.outEnd = out
		segs = append(segs, s)
	}
	n, d := source.ParseJSON(f.path, []byte(text), source.Pos{})
	if d != nil {
		return nil
	}
	setRanges(n, func(r source.Range) source.Range {
		return source.Range{File: f.path, Start: f.pos(mapOffset(segs, text, f.src, r.Start.Byte)), End: f.pos(mapOffset(segs, text, f.src, r.End.Byte))}
	})
	return n
}

// matchNext finds where the output of interpolation p ends: at the start
// of the next literal part's text.
func matchNext(text string, from int, parts []hclsyntax.Expression, p hclsyntax.Expression) int {
	for i, q := range parts {
		if q != p {
			continue
		}
		for _, next := range parts[i+1:] {
			lit, ok := next.(*hclsyntax.LiteralValueExpr)
			if !ok || !lit.Val.IsKnown() || lit.Val.IsNull() {
				continue
			}
			s := lit.Val.AsString()
			if s == "" {
				continue
			}
			if j := strings.Index(text[from:], s); j >= 0 {
				return from + j
			}
		}
		return len(text)
	}
	return from
}

func mapOffset(segs []segment, text string, src []byte, off int) int {
	i := sort.Search(len(segs), func(i int) bool { return segs[i].outEnd > off })
	if i == len(segs) {
		if len(segs) == 0 {
			return 0
		}
		return segs[len(segs)-1].srcEnd
	}
	s := segs[i]
	if !s.literal {
		return s.src
	}
	// Align on the end of the output line (or of the segment): text after
	// an indentation HCL stripped is unchanged up to the line end.
	lineEnd := strings.IndexByte(text[off:s.outEnd], '\n')
	srcAnchor := s.srcEnd
	outAnchor := s.outEnd
	if lineEnd >= 0 {
		outAnchor = off + lineEnd
		nl := strings.Count(text[s.out:outAnchor], "\n")
		srcAnchor = nthNewline(src, s.src, s.srcEnd, nl)
	}
	return max(s.src, srcAnchor-(outAnchor-off))
}

// nthNewline returns the offset of the (n+1)th newline in src[from:to].
func nthNewline(src []byte, from, to, n int) int {
	for i := from; i < to && i < len(src); i++ {
		if src[i] == '\n' {
			if n == 0 {
				return i
			}
			n--
		}
	}
	return to
}
