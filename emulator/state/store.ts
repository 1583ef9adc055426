/** In-memory state of one emulated AppFlow account in one region. */
import type {
	CustomConnectorRecord,
	FlowRecord,
	IdempotentResponse,
	MetadataCacheReset,
	ProfileRecord,
	Tags,
} from './types';

export type ArnKind = 'flow' | 'connectorprofile' | 'connector';

export class Store {
	readonly flows = new Map<string, FlowRecord>();
	readonly profiles = new Map<string, ProfileRecord>();
	/** Registered custom connectors by label. */
	readonly connectors = new Map<string, CustomConnectorRecord>();
	/** Responses remembered for clientToken replays, by `<action>:<clientToken>`. */
	readonly idempotency = new Map<string, IdempotentResponse>();
	readonly metadataCacheResets: MetadataCacheReset[] = [];
	private sequence = 0;

	constructor(
		readonly region: string,
		readonly accountId: string,
	) {}

	arn(kind: ArnKind, name: string): string {
		return `arn:aws:appflow:${this.region}:${this.accountId}:${kind}/${name}`;
	}

	nextSequence(): number {
		return ++this.sequence;
	}

	/** The tags of the flow or connector profile with this ARN (the resources AppFlow tags), if it exists. */
	tagsOf(arn: string): Tags | undefined {
		const match = /^arn:aws:appflow:([^:]*):(\d+):(flow|connectorprofile)\/(.+)$/.exec(arn);
		if (!match || match[1] !== this.region || match[2] !== this.accountId) return undefined;
		const resource = match[3] === 'flow' ? this.flows.get(match[4]) : this.profiles.get(match[4]);
		return resource?.tags;
	}

	clear(): void {
		this.flows.clear();
		this.profiles.clear();
		this.connectors.clear();
		this.idempotency.clear();
		this.metadataCacheResets.length = 0;
		this.sequence = 0;
	}
}
