package source

// Kind is the JSON type of a Node.
type Kind uint8

// Node kinds. Unknown stands for a value the configuration cannot decide.
const (
	Null Kind = iota
	Bool
	Number
	String
	Array
	Object
	Unknown
)

// Node is a JSON-like value that remembers where each part was written. Every
// loader turns the policy documents it finds (an HCL jsonencode call, a
// heredoc, a YAML mapping with intrinsics) into Nodes, so that one parser
// normalises them all and keeps each statement's range.
type Node struct {
	Kind Kind
	// Scalar holds the text of a Bool, Number or String, and for Unknown the
	// name of what is unknown.
	Scalar string
	// Items are the elements of an Array.
	Items []*Node
	// Fields are the members of an Object, in source order.
	Fields []Field
	Range  Range
}

// Field is one member of an Object.
type Field struct {
	Key      string
	KeyRange Range
	Value    *Node
}

// Get returns the value of the first field whose key equals key, or nil.
func (n *Node) Get(key string) *Node {
	if n == nil || n.Kind != Object {
		return nil
	}
	for _, f := range n.Fields {
		if f.Key == key {
			return f.Value
		}
	}
	return nil
}
