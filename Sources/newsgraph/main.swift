print("newsgraph")
