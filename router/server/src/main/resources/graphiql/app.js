// StreamHub GraphiQL: the admin signs in with the users service's `login` mutation; the access token
// is kept in memory only (never in storage) and sent as a bearer token with every operation.
(function () {
  'use strict';
  let token = null;
  let generation = 0;
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  const status = document.getElementById('signin-status');
  const initialQuery = new URLSearchParams(window.location.search).get('query')
    || '# Sign in as an admin to explore the whole graph\n{\n  __typename\n}\n';

  async function post(body) {
    const headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    if (token) {
      headers['Authorization'] = 'Bearer ' + token;
    }
    const response = await fetch('/graphql', { method: 'POST', headers: headers, body: JSON.stringify(body) });
    return response.json();
  }

  function render() {
    generation += 1;
    root.render(React.createElement(GraphiQL, {
      key: 'graphiql-' + generation,
      fetcher: (params) => post(params),
      defaultQuery: initialQuery,
      query: initialQuery,
      isHeadersEditorEnabled: false,
    }));
  }

  document.getElementById('signin-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const result = await post({
      query: 'mutation Login($login: String!, $password: String!) { login(emailOrUsername: $login, password: $password) { accessToken } }',
      variables: { login: document.getElementById('username').value, password: document.getElementById('password').value },
    });
    if (result.data && result.data.login) {
      token = result.data.login.accessToken;
      document.getElementById('password').value = '';
      status.textContent = 'Signed in as ' + document.getElementById('username').value;
      document.getElementById('signout-button').hidden = false;
    } else {
      token = null;
      status.textContent = 'Sign-in failed: ' + ((result.errors && result.errors[0].message) || 'unknown error');
    }
    render();
  });

  document.getElementById('signout-button').addEventListener('click', () => {
    token = null;
    status.textContent = 'Signed out';
    document.getElementById('signout-button').hidden = true;
    render();
  });

  render();
})();
