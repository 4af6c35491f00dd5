package matching

import "container/heap"

// nodeKind orders the layers of the graph.
type nodeKind uint8

const (
	controllerNode nodeKind = iota
	providerNode
	arrival // at the sink (the job) through one provider
)

type item struct {
	cost float64
	kind nodeKind
	idx  int32 // index within the kind: controller, job-local provider, candidate
}

// queue is Dijkstra's priority queue. Equal costs are broken by a stable key (arrivals by the
// search's tie rule, everything else by index) so that the same input always gives the same
// answer, whatever order it came in.
type queue struct {
	items []item
	tie   func(a, b int32) int // arrivals only; nil = by index
}

func (q *queue) Len() int      { return len(q.items) }
func (q *queue) Swap(i, j int) { q.items[i], q.items[j] = q.items[j], q.items[i] }
func (q *queue) Push(x any)    { q.items = append(q.items, x.(item)) } // heap.Interface; unused

func (q *queue) Pop() any {
	last := q.items[len(q.items)-1]
	q.items = q.items[:len(q.items)-1]
	return last
}

func (q *queue) Less(i, j int) bool {
	a, b := q.items[i], q.items[j]
	if a.cost != b.cost {
		return a.cost < b.cost
	}
	if a.kind != b.kind {
		return a.kind < b.kind
	}
	if a.kind == arrival && q.tie != nil {
		if c := q.tie(a.idx, b.idx); c != 0 {
			return c < 0
		}
	}
	return a.idx < b.idx
}

// push and pop go through heap.Fix rather than heap.Push and heap.Pop, whose any-typed values
// would allocate on every operation; the heap order is container/heap's all the same.
func (q *queue) push(it item) {
	q.items = append(q.items, it)
	heap.Fix(q, len(q.items)-1)
}

func (q *queue) pop() item {
	top, last := q.items[0], len(q.items)-1
	q.items[0] = q.items[last]
	q.items = q.items[:last]
	if last > 0 {
		heap.Fix(q, 0)
	}
	return top
}
