/**
 * Proves the harness: a tiny node run through n8n-core's real ExecuteContext / LoadOptionsContext /
 * CredentialTestContext resolves expressions, reads credentials and parameters, and follows n8n's
 * continueOnFail contract.
 */
import {
	NodeConnectionTypes,
	NodeOperationError,
	type IExecuteFunctions,
	type ILoadOptionsFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { runCredentialTest, runListSearch, runLoadOptions, runNode } from './runNode';

const description: INodeTypeDescription = {
	displayName: 'Greeter',
	name: 'greeter',
	group: ['transform'],
	version: [1, 2],
	defaultVersion: 2,
	description: 'Test node',
	defaults: { name: 'Greeter' },
	inputs: [NodeConnectionTypes.Main],
	outputs: [NodeConnectionTypes.Main],
	credentials: [{ name: 'greeterApi', required: true, testedBy: 'greeterApiTest' }],
	properties: [
		{ displayName: 'Name', name: 'name', type: 'string', default: '' },
		{ displayName: 'Greeting', name: 'greeting', type: 'string', default: 'Hello' },
		{
			displayName: 'Shout',
			name: 'shout',
			type: 'boolean',
			default: false,
			displayOptions: { show: { greeting: ['Hey'] } },
		},
	],
};

/** Greets `name` per item; fails the item whose name is "bad", and honours continueOnFail as n8n requires. */
class Greeter implements INodeType {
	description = description;

	methods = {
		listSearch: {
			async searchNames(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
				const { suffix } = await this.getCredentials('greeterApi');
				const greeting = this.getNodeParameter('greeting') as string;
				const names = ['ann', 'bob', 'cy'].filter((n) => !filter || n.includes(filter));
				const start = paginationToken ? Number(paginationToken) : 0;
				return {
					results: names.slice(start, start + 2).map((n) => ({ name: `${greeting} ${n}${suffix}`, value: n })),
					paginationToken: start + 2 < names.length ? String(start + 2) : undefined,
				};
			},
		},
		loadOptions: {
			async greetings(this: ILoadOptionsFunctions) {
				const name = this.getCurrentNodeParameter('name') as string;
				return [{ name: `Hello ${name}`, value: 'Hello' }];
			},
		},
		credentialTest: {
			async greeterApiTest(this: unknown, credential: { data?: { suffix?: unknown } }) {
				const logger = (this as { logger: { debug: (m: string) => void } }).logger;
				logger.debug('testing'); // the real context has the n8n logger
				return credential.data?.suffix === '!'
					? { status: 'OK' as const, message: 'Connection successful' }
					: { status: 'Error' as const, message: 'Suffix must be "!"' };
			},
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const { suffix } = await this.getCredentials('greeterApi');
		const out: INodeExecutionData[] = [];
		for (let i = 0; i < items.length; i++) {
			try {
				const name = this.getNodeParameter('name', i) as string;
				if (name === 'bad') throw new NodeOperationError(this.getNode(), `Cannot greet "${name}"`, { itemIndex: i });
				const greeting = this.getNodeParameter('greeting', i) as string;
				const shout = this.getNodeParameter('shout', i, false) as boolean;
				const text = `${greeting} ${name}${suffix as string}`;
				out.push(
					...this.helpers.constructExecutionMetaData(
						this.helpers.returnJsonArray({
							text: shout ? text.toUpperCase() : text,
							version: this.getNode().typeVersion,
							cancelled: this.getExecutionCancelSignal()?.aborted ?? null,
						}),
						{ itemData: { item: i } },
					),
				);
			} catch (error) {
				if (!this.continueOnFail()) throw error;
				out.push({ json: { error: error.message }, pairedItem: { item: i } });
			}
		}
		return [out];
	}
}

const credentials = { greeterApi: { suffix: '!' } };

describe('runNode', () => {
	it('resolves expressions per item, reads credentials and pairs every output item', async () => {
		const [output] = await runNode(new Greeter(), {
			parameters: { name: '={{ $json.who }}' },
			items: [{ who: 'ann' }, { json: { who: 'bob' } }],
			credentials,
		});

		expect(output).toEqual([
			{ json: { text: 'Hello ann!', version: 2, cancelled: null }, pairedItem: { item: 0 } },
			{ json: { text: 'Hello bob!', version: 2, cancelled: null }, pairedItem: { item: 1 } },
		]);
	});

	it('applies n8n parameter rules: defaults, displayOptions, typeVersion, cancel signal', async () => {
		const controller = new AbortController();
		controller.abort();
		const [[shown], [hidden]] = await Promise.all([
			runNode(new Greeter(), {
				parameters: { name: 'cy', greeting: 'Hey', shout: true },
				credentials,
				typeVersion: 1,
				abortSignal: controller.signal,
			}),
			// `shout` is hidden unless greeting is "Hey": n8n drops it, the node sees its fallback.
			runNode(new Greeter(), { parameters: { name: 'cy', shout: true }, credentials }),
		]);

		expect(shown).toEqual([{ json: { text: 'HEY CY!', version: 1, cancelled: true }, pairedItem: { item: 0 } }]);
		expect(hidden[0].json.text).toBe('Hello cy!');
	});

	it('throws the node error, with its item index, when continueOnFail is off', async () => {
		const run = runNode(new Greeter(), {
			parameters: { name: '={{ $json.who }}' },
			items: [{ who: 'ann' }, { who: 'bad' }],
			credentials,
		});

		await expect(run).rejects.toBeInstanceOf(NodeOperationError);
		await expect(run).rejects.toMatchObject({ message: 'Cannot greet "bad"', context: { itemIndex: 1 } });
	});

	it('lets the node emit an error item when continueOnFail is on', async () => {
		const [output] = await runNode(new Greeter(), {
			parameters: { name: '={{ $json.who }}' },
			items: [{ who: 'bad' }, { who: 'ann' }],
			credentials,
			continueOnFail: true,
		});

		expect(output).toEqual([
			{ json: { error: 'Cannot greet "bad"' }, pairedItem: { item: 0 } },
			{ json: { text: 'Hello ann!', version: 2, cancelled: null }, pairedItem: { item: 1 } },
		]);
	});

	it('fails like n8n when the credentials are missing', async () => {
		await expect(runNode(new Greeter(), { parameters: { name: 'x' } })).rejects.toThrow(
			'Node does not have any credentials set',
		);
	});
});

describe('runListSearch / runLoadOptions / runCredentialTest', () => {
	it('runs a list search with filter and pagination token', async () => {
		const greeter = new Greeter();
		const first = await runListSearch(greeter, 'searchNames', { greeting: 'Hi' }, credentials);
		const token = first.paginationToken as string;
		const second = await runListSearch(greeter, 'searchNames', { greeting: 'Hi' }, credentials, undefined, token);
		const filtered = await runListSearch(greeter, 'searchNames', {}, credentials, 'b');

		expect(first).toEqual({
			results: [
				{ name: 'Hi ann!', value: 'ann' },
				{ name: 'Hi bob!', value: 'bob' },
			],
			paginationToken: '2',
		});
		expect(second).toEqual({ results: [{ name: 'Hi cy!', value: 'cy' }], paginationToken: undefined });
		expect(filtered.results).toEqual([{ name: 'Hello bob!', value: 'bob' }]);
	});

	it('runs a loadOptions method that reads the current parameters', async () => {
		await expect(runLoadOptions(new Greeter(), 'greetings', { name: 'ann' }, credentials)).resolves.toEqual([
			{ name: 'Hello ann', value: 'Hello' },
		]);
	});

	it('runs a credential test with the decrypted credential', async () => {
		await expect(runCredentialTest(new Greeter(), 'greeterApiTest', { suffix: '!' })).resolves.toEqual({
			status: 'OK',
			message: 'Connection successful',
		});
		await expect(runCredentialTest(new Greeter(), 'greeterApiTest', { suffix: '?' })).resolves.toMatchObject({
			status: 'Error',
		});
	});
});
