// Copies node/credential icons next to the compiled code: the node at dist/nodes/AwsAppFlow/ refers to
// `file:../../icons/appflow.svg`, i.e. dist/icons/.
const { src, dest, task } = require('gulp');

function buildIcons() {
	// encoding: false keeps PNGs byte-exact (gulp 5 reads files as UTF-8 by default).
	return src('icons/**/*.{svg,png}', { encoding: false }).pipe(dest('dist/icons'));
}

task('build:icons', buildIcons);
