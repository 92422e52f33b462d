// Package source describes places in the files denylint reads.
package source

import (
	"fmt"

	"github.com/hashicorp/hcl/v2"
)

// Pos is a position in a file: 1-based line and column, 0-based byte offset.
type Pos struct {
	Line   int `json:"line"`
	Column int `json:"column"`
	Byte   int `json:"byte"`
}

// Range is a span of a file; End is exclusive.
type Range struct {
	File  string `json:"file"`
	Start Pos    `json:"start"`
	End   Pos    `json:"end"`
}

// FromHCL converts an HCL range, the type every loader can produce.
func FromHCL(r hcl.Range) Range {
	return Range{
		File:  r.Filename,
		Start: Pos{Line: r.Start.Line, Column: r.Start.Column, Byte: r.Start.Byte},
		End:   Pos{Line: r.End.Line, Column: r.End.Column, Byte: r.End.Byte},
	}
}

// IsZero reports whether the range points nowhere.
func (r Range) IsZero() bool { return r.File == "" && r.Start.Line == 0 }

// String is the compiler form path:line:col.
func (r Range) String() string {
	return fmt.Sprintf("%s:%d:%d", r.File, r.Start.Line, r.Start.Column)
}
