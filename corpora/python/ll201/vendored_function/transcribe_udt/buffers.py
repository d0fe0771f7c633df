"""The library's own send queue: drained by its service thread, which this corpus does not show."""
pending_packets = []


def queue_packet(packet):
    pending_packets.append(packet)
    return len(pending_packets)
